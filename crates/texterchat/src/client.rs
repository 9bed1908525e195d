//! Building a [`Texter`] client.

use std::fmt;
use std::net::IpAddr;
use std::sync::Arc;
use std::time::Duration;

use texterchat_api::catalog::ScopeSet;
use texterchat_api::{ClientContext, Scope};

use crate::error::{Error, Result};
use crate::options::CallOptions;
use crate::secret::ApiToken;

/// Which scopes the client assumes its token has.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum ScopePolicy {
    /// The token was created with exactly these scopes; calls that need others fail before
    /// anything is sent.
    Declared(ScopeSet),
    /// The scopes are not known; every call is sent and the server decides (HTTP 403 still
    /// becomes a missing-scope error).
    Unchecked,
}

/// A client of one Texter project. Cheap to clone; clones share the connection pool, the
/// configuration and the rate limiter.
///
/// ```no_run
/// use texterchat::{Scope, Texter};
///
/// # async fn demo() -> texterchat::Result<()> {
/// let texter = Texter::builder()
///     .project("demo")
///     .token(std::env::var("TEXTER_TOKEN").unwrap_or_default())
///     .scopes([Scope::ListAllChats, Scope::SendSessionMessage])
///     .build()?;
/// let page = texter.chats().search().search("0521234567").send().await?;
/// println!("{} chat(s)", page.total.unwrap_or_default());
/// # Ok(()) }
/// ```
#[derive(Clone)]
pub struct Texter {
    pub(crate) shared: Arc<Shared>,
    /// Per-handle overrides (see [`Texter::with_options`]).
    pub(crate) options: CallOptions,
}

pub(crate) struct Shared {
    pub(crate) api: texterchat_api::Client,
    pub(crate) base_url: String,
    pub(crate) scopes: ScopePolicy,
    pub(crate) token: ApiToken,
    pub(crate) defaults: CallOptions,
    pub(crate) http: reqwest::Client,
    pub(crate) context: ClientContext,
    pub(crate) limiter: Option<crate::limiter::RateLimiter>,
    pub(crate) redactor: crate::secret::Redactor,
    pub(crate) phones: crate::phone::PhoneNormalizer,
    /// The HTTP client was supplied ready-built, so it may follow redirects: a failed
    /// connection then proves nothing (it may have been to a redirect's target).
    pub(crate) client_may_redirect: bool,
}

impl fmt::Debug for Texter {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Texter")
            .field("base_url", &self.shared.base_url)
            .field("scopes", &self.shared.scopes)
            .field("api_token", &self.shared.token)
            .field("default_options", &self.shared.defaults)
            .field("call_options", &self.options)
            .finish()
    }
}

impl Texter {
    /// Starts configuring a client.
    pub fn builder() -> TexterBuilder {
        TexterBuilder::default()
    }

    /// A client configured from the environment (see [`TexterBuilder::from_env`]).
    pub fn from_env() -> Result<Texter> {
        TexterBuilder::from_env()?.build()
    }

    /// The API base URL, e.g. `https://demo.texterchat.com/server/api/v2`.
    pub fn base_url(&self) -> &str {
        &self.shared.base_url
    }

    /// The scopes the client assumes its token has.
    pub fn scope_policy(&self) -> ScopePolicy {
        self.shared.scopes
    }

    /// The generated low-level client. Its calls send the token and are refused before sending
    /// when the declared scopes lack one the operation needs (in the client's request hook;
    /// this crate's calls are checked by its executor first), but they skip validation,
    /// retries, the rate
    /// limit, timeouts, the size limit's typed error and redaction: prefer the handles
    /// (`texter.chats()`, …), and [`Texter::raw`] for operations the spec does not have.
    pub fn api(&self) -> &texterchat_api::Client {
        &self.shared.api
    }

    /// The client-side scope check alone: `Ok` when the declared scopes cover `operation` (or
    /// scopes are unchecked), otherwise the missing-scope error a call would return.
    ///
    /// ```
    /// # fn demo(texter: texterchat::Texter) {
    /// use texterchat::api::operations;
    /// if texter.check_scopes(&operations::SEARCH_CHATS).is_err() {
    ///     println!("this token cannot search chats");
    /// }
    /// # }
    /// ```
    pub fn check_scopes(&self, operation: &texterchat_api::catalog::Operation) -> Result<()> {
        crate::scopes::check(self.shared.scopes, operation.id, operation.scopes)
    }

    /// The client-side scope check of a whole flow, before any of it runs: `Ok` when the
    /// declared scopes cover every operation, otherwise one missing-scope error naming every
    /// scope the flow lacks and, for each operation that could not run, what it lacks.
    ///
    /// ```
    /// # fn demo(texter: texterchat::Texter) -> texterchat::Result<()> {
    /// use texterchat::api::operations;
    /// // At start-up: fail now, not half-way through the first order.
    /// texter.check_flow(&[&operations::SEARCH_CHATS, &operations::SEND_MESSAGE, &operations::SEND_TEMPLATE])?;
    /// # Ok(()) }
    /// ```
    pub fn check_flow(&self, operations: &[&texterchat_api::catalog::Operation]) -> Result<()> {
        crate::scopes::check_flow(self.shared.scopes, operations)
    }

    /// The normaliser of phone numbers this client compares with (see
    /// [`TexterBuilder::default_country_code`]).
    pub fn phone_normalizer(&self) -> &crate::phone::PhoneNormalizer {
        &self.shared.phones
    }

    /// A handle whose calls use `options` over the client's defaults (e.g. a longer timeout or
    /// another retry policy for one call). Cheap; the clone shares everything else.
    ///
    /// ```no_run
    /// # async fn demo(texter: texterchat::Texter) -> texterchat::Result<()> {
    /// use std::time::Duration;
    /// use texterchat::CallOptions;
    ///
    /// let patient = texter.with_options(CallOptions::new().timeout(Duration::from_secs(120)));
    /// let templates = patient.templates().list().send().await?;
    /// # Ok(()) }
    /// ```
    pub fn with_options(&self, options: CallOptions) -> Texter {
        Texter {
            shared: Arc::clone(&self.shared),
            options: self.options.clone().overridden_by(options),
        }
    }

    /// The options a call made through this handle uses.
    pub(crate) fn effective_options(&self) -> CallOptions {
        self.shared
            .defaults
            .clone()
            .overridden_by(self.options.clone())
    }
}

enum ScopeInput {
    Scope(Scope),
    Name(String),
}

/// Configures a [`Texter`]. Every setting is checked in [`TexterBuilder::build`], which names
/// the setting and the rule it breaks.
#[must_use]
#[derive(Default)]
pub struct TexterBuilder {
    project: Option<String>,
    token: Option<ApiToken>,
    scopes: Option<Vec<ScopeInput>>,
    unchecked: bool,
    base_url: Option<String>,
    user_agent: Option<String>,
    http_client: Option<reqwest::Client>,
    http_client_builder: Option<reqwest::ClientBuilder>,
    connect_timeout: Option<Duration>,
    country_code: Option<String>,
    options: CallOptions,
}

impl fmt::Debug for TexterBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TexterBuilder")
            .field("project", &self.project)
            .field("api_token", &self.token)
            .field("base_url", &self.base_url)
            .field("unchecked", &self.unchecked)
            .field("user_agent", &self.user_agent)
            .field("connect_timeout", &self.connect_timeout)
            .field("call_options", &self.options)
            .finish_non_exhaustive()
    }
}

/// The default `User-Agent`.
pub const DEFAULT_USER_AGENT: &str = concat!("texterchat-rust/", env!("CARGO_PKG_VERSION"));

/// Default time allowed to establish a connection.
pub const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(10);

impl TexterBuilder {
    /// A builder filled from the environment:
    ///
    /// - `TEXTER_PROJECT`: the project id (the first label of your Texter host name);
    /// - `TEXTER_TOKEN`: the API token;
    /// - `TEXTER_SCOPES`: the token's scopes as Texter's display names, comma-separated
    ///   (as in the README's scope table), or `unchecked` to skip the client-side check;
    /// - `TEXTER_BASE_URL` (optional): a base URL override, e.g. a local mock server.
    ///
    /// `TEXTER_PROJECT` may be absent when `TEXTER_BASE_URL` is set. A missing variable is an
    /// error that names it.
    pub fn from_env() -> Result<TexterBuilder> {
        Self::from_lookup(|name| std::env::var(name).ok())
    }

    /// Like [`TexterBuilder::from_env`], reading variables through `lookup` (for tests and for
    /// configuration systems other than the process environment).
    pub fn from_lookup(lookup: impl Fn(&str) -> Option<String>) -> Result<TexterBuilder> {
        let require = |name: &str| {
            lookup(name).ok_or_else(|| {
                Error::config(format!(
                    "the environment variable {name} is not set ({})",
                    match name {
                        "TEXTER_PROJECT" => "your project id, e.g. `demo` for demo.texterchat.com",
                        "TEXTER_TOKEN" =>
                            "an API token from Texter: gear icon → Developers → API Tokens",
                        _ => "the token's scopes as shown in Texter, comma-separated, or `unchecked`",
                    }
                ))
            })
        };
        let base_url = lookup("TEXTER_BASE_URL").filter(|s| !s.trim().is_empty());
        let mut builder = Texter::builder().token(require("TEXTER_TOKEN")?);
        match &base_url {
            Some(url) => {
                builder = builder.base_url(url.clone());
                if let Some(p) = lookup("TEXTER_PROJECT") {
                    builder = builder.project(p);
                }
            }
            None => builder = builder.project(require("TEXTER_PROJECT")?),
        }
        let scopes = require("TEXTER_SCOPES")?;
        builder = if scopes.trim().eq_ignore_ascii_case("unchecked") {
            builder.unchecked_scopes()
        } else {
            builder.scope_names(scopes.split(',').filter(|s| !s.trim().is_empty()))
        };
        Ok(builder)
    }

    /// The project id: the first label of your Texter host (`demo` for
    /// `https://demo.texterchat.com`). Lowercase letters, digits and hyphens, 1 to 63
    /// characters, not starting or ending with a hyphen.
    pub fn project(mut self, project: impl Into<String>) -> Self {
        self.project = Some(project.into());
        self
    }

    /// The API token. It is kept in an [`ApiToken`], which never prints itself.
    pub fn token(mut self, token: impl Into<ApiToken>) -> Self {
        self.token = Some(token.into());
        self
    }

    /// Declares scopes the token was created with (adds to any declared before).
    pub fn scopes(mut self, scopes: impl IntoIterator<Item = Scope>) -> Self {
        self.scopes
            .get_or_insert_with(Vec::new)
            .extend(scopes.into_iter().map(ScopeInput::Scope));
        self
    }

    /// Declares scopes by the names Texter shows in its token dialog, compared
    /// case-insensitively. An unknown name makes [`TexterBuilder::build`] fail with the list of
    /// valid names.
    pub fn scope_names<S: AsRef<str>>(mut self, names: impl IntoIterator<Item = S>) -> Self {
        self.scopes.get_or_insert_with(Vec::new).extend(
            names
                .into_iter()
                .map(|n| ScopeInput::Name(n.as_ref().trim().to_string())),
        );
        self
    }

    /// Skips the client-side scope check, for tokens whose scopes you do not know. The server
    /// still refuses what the token may not do (HTTP 403, reported as a missing-scope error).
    pub fn unchecked_scopes(mut self) -> Self {
        self.unchecked = true;
        self
    }

    /// Overrides the base URL (default `https://{project}.texterchat.com/server/api/v2`).
    /// `https://` is accepted for any host; `http://` only for loopback hosts (tests, local
    /// mocks). A URL without a path (`https://demo.texterchat.com`) gets the API root
    /// `/server/api/v2` appended; a `texterchat.com` URL with another path, or a path that is
    /// only the start of the API root (`/server/api`), is refused with the expected form; on
    /// other hosts any other path is taken as the API root of a proxy or mock.
    pub fn base_url(mut self, url: impl Into<String>) -> Self {
        self.base_url = Some(url.into());
        self
    }

    /// The `User-Agent` sent with every request (default [`DEFAULT_USER_AGENT`]).
    pub fn user_agent(mut self, user_agent: impl Into<String>) -> Self {
        self.user_agent = Some(user_agent.into());
        self
    }

    /// Configures the HTTP client from your own `reqwest::ClientBuilder` (proxies, TLS roots,
    /// pool settings): the SDK builds it with redirects turned off (see
    /// [`TexterBuilder::http_client`] for why) and, when [`TexterBuilder::connect_timeout`] is
    /// called, that timeout. This is the way to bring your own settings.
    pub fn http_client_builder(mut self, builder: reqwest::ClientBuilder) -> Self {
        self.http_client_builder = Some(builder);
        self
    }

    /// Uses your own, already built `reqwest::Client`. The token and the user agent are still
    /// set on every request; the connect timeout of this builder does not apply.
    ///
    /// **Redirects.** API calls must not follow redirects: a followed redirect can repeat a
    /// send, turn it into a bodiless `GET` that reports success, or post the message to another
    /// origin. A built client's redirect policy cannot be changed or read, so build yours with
    /// `.redirect(reqwest::redirect::Policy::none())` (or use
    /// [`TexterBuilder::http_client_builder`], which does it for you). If a client that follows
    /// redirects is passed anyway, every call it redirected fails with
    /// [`ErrorKind::Redirect`](crate::ErrorKind::Redirect) (the answer came from another URL),
    /// is never retried, and reports that the request may have been delivered. A failed
    /// connection cannot be told apart from one to a redirect's target, so with such a client it
    /// is not taken as proof that nothing was sent: sends are not retried after it.
    pub fn http_client(mut self, client: reqwest::Client) -> Self {
        self.http_client = Some(client);
        self
    }

    /// The country calling code assumed for local phone numbers (a leading `0`) where the SDK
    /// compares numbers: [`crate::chats::Chats::find_by_phone`] and bulk duplicates (default
    /// [`crate::phone::DEFAULT_COUNTRY_CODE`], Israel). Numbers are still sent as given.
    pub fn default_country_code(mut self, country_code: impl Into<String>) -> Self {
        self.country_code = Some(country_code.into());
        self
    }

    /// The largest response body a call accepts (default 64 MiB); see
    /// [`CallOptions::max_response_bytes`].
    pub fn max_response_bytes(mut self, bytes: u64) -> Self {
        self.options = self.options.max_response_bytes(bytes);
        self
    }

    /// Time allowed to establish a connection (default [`DEFAULT_CONNECT_TIMEOUT`]).
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = Some(timeout);
        self
    }

    /// Time allowed for one attempt of a call, from sending the request to reading the whole
    /// response (default [`crate::options::DEFAULT_TIMEOUT`]).
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.options = self.options.timeout(timeout);
        self
    }

    /// Default options of every call (timeout, retry policy); see [`CallOptions`].
    pub fn call_options(mut self, options: CallOptions) -> Self {
        self.options = self.options.overridden_by(options);
        self
    }

    /// Limits the request rate of this client and all its clones, applied before every attempt
    /// (retries included).
    pub fn rate_limit(mut self, limit: crate::limiter::RateLimit) -> Self {
        self.options.rate_limit = Some(limit);
        self
    }

    /// Checks the configuration and builds the client.
    pub fn build(self) -> Result<Texter> {
        let token = self.token.ok_or_else(|| {
            Error::config(
                "no API token: call `.token(...)` (Texter: gear icon → Developers → API Tokens)",
            )
        })?;
        if token.expose_secret().trim().is_empty() {
            return Err(Error::validation(
                "TexterBuilder::token",
                "must not be empty",
                "an empty string",
            ));
        }
        let scopes = match (self.unchecked, self.scopes) {
            (true, Some(_)) => {
                return Err(Error::config(
                    "both `.scopes(...)`/`.scope_names(...)` and `.unchecked_scopes()` were called; choose one",
                ));
            }
            (true, None) => ScopePolicy::Unchecked,
            (false, None) => {
                return Err(Error::config(
                    "the token's scopes were not declared: call `.scopes([...])` or `.scope_names([...])` with the scopes chosen when the token was created in Texter, or `.unchecked_scopes()` to let the server decide",
                ));
            }
            (false, Some(inputs)) => ScopePolicy::Declared(resolve_scopes(inputs)?),
        };
        if let Some(p) = &self.project {
            validate_project(p)?;
        }
        let base_url = match (self.base_url, &self.project) {
            (Some(url), _) => validate_base_url(&url)?,
            (None, Some(p)) => format!("https://{p}.texterchat.com/server/api/v2"),
            (None, None) => {
                return Err(Error::config(
                    "no project: call `.project(\"your-project\")` (the first label of your Texter host name) or `.base_url(...)`",
                ));
            }
        };
        let user_agent = self.user_agent.as_deref().unwrap_or(DEFAULT_USER_AGENT);
        let context = ClientContext::bearer(token.expose_secret())
            .map_err(|e| Error::validation("TexterBuilder::token", e.to_string(), "<redacted>"))?
            .with_user_agent(user_agent)
            .map_err(|_| {
                Error::validation(
                    "user_agent",
                    "must be a valid HTTP header value (visible ASCII)",
                    user_agent,
                )
            })?;
        let client_may_redirect = self.http_client.is_some();
        let http = match (self.http_client, self.http_client_builder) {
            (Some(_), Some(_)) => {
                return Err(Error::config(
                    "both `.http_client(...)` and `.http_client_builder(...)` were called; choose one",
                ));
            }
            (Some(client), None) => client,
            (None, builder) => {
                let user_builder = builder.is_some();
                let mut builder = builder
                    .unwrap_or_default()
                    .redirect(reqwest::redirect::Policy::none());
                if let Some(t) = self.connect_timeout {
                    builder = builder.connect_timeout(t);
                } else if !user_builder {
                    builder = builder.connect_timeout(DEFAULT_CONNECT_TIMEOUT);
                }
                // Keep no more idle connections than calls may run at once.
                if let Some(n) = self.options.rate_limit.and_then(|l| l.concurrency()) {
                    builder = builder.pool_max_idle_per_host(n);
                }
                builder.build().map_err(|e| {
                    Error::config(format!("the HTTP client could not be built: {e}"))
                })?
            }
        };
        let phones = match self.country_code {
            Some(code) => crate::phone::PhoneNormalizer::with_country_code(code)?,
            None => crate::phone::PhoneNormalizer::default(),
        };
        let redactor = crate::secret::Redactor::new(token.expose_secret());
        // The low-level client (`Texter::api`) is gated by the same declared scopes.
        let gated = match scopes {
            ScopePolicy::Declared(set) => context.clone().with_declared_scopes(set),
            ScopePolicy::Unchecked => context.clone(),
        };
        let api = texterchat_api::Client::new_with_client(&base_url, http.clone(), gated);
        let limiter = self
            .options
            .rate_limit
            .map(crate::limiter::RateLimiter::new)
            .transpose()?;
        Ok(Texter {
            shared: Arc::new(Shared {
                api,
                base_url,
                scopes,
                token,
                defaults: CallOptions::defaults().overridden_by(self.options),
                http,
                context,
                limiter,
                redactor,
                phones,
                client_may_redirect,
            }),
            options: CallOptions::new(),
        })
    }
}

fn resolve_scopes(inputs: Vec<ScopeInput>) -> Result<ScopeSet> {
    let mut set = ScopeSet::EMPTY;
    for input in inputs {
        let scope = match input {
            ScopeInput::Scope(s) => s,
            ScopeInput::Name(name) => Scope::from_display_name(&name).ok_or_else(|| {
                let valid = Scope::ALL
                    .iter()
                    .map(|s| format!("\"{}\"", s.display_name()))
                    .collect::<Vec<_>>()
                    .join(", ");
                Error::validation(
                    "scopes",
                    format!("must be scope names as Texter shows them (case-insensitive): {valid}"),
                    format!("{name:?}"),
                )
            })?,
        };
        set = set.with(scope);
    }
    Ok(set)
}

/// Checks a project id: it becomes a DNS label of the host name.
pub(crate) fn validate_project(project: &str) -> Result<()> {
    let valid = (1..=63).contains(&project.len())
        && project
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !project.starts_with('-')
        && !project.ends_with('-');
    if valid {
        Ok(())
    } else {
        Err(Error::validation(
            "project",
            "must be a DNS label: 1 to 63 lowercase letters, digits or hyphens, not starting or ending with a hyphen",
            format!("{project:?}"),
        ))
    }
}

fn validate_base_url(raw: &str) -> Result<String> {
    let invalid = |rule: &str| Error::validation("base_url", rule, format!("{raw:?}"));
    let url =
        url::Url::parse(raw).map_err(|e| invalid(&format!("must be an absolute URL ({e})")))?;
    if url.query().is_some() || url.fragment().is_some() {
        return Err(invalid("must not have a query or fragment"));
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err(invalid("must not carry credentials"));
    }
    match url.scheme() {
        "https" => {}
        "http" => {
            let loopback = match url.host() {
                Some(url::Host::Domain(d)) => d.eq_ignore_ascii_case("localhost"),
                Some(url::Host::Ipv4(ip)) => IpAddr::V4(ip).is_loopback(),
                Some(url::Host::Ipv6(ip)) => IpAddr::V6(ip).is_loopback(),
                None => false,
            };
            if !loopback {
                return Err(invalid(
                    "must use https:// (http:// is accepted only for loopback hosts such as 127.0.0.1 or localhost)",
                ));
            }
        }
        _ => return Err(invalid("must be an https:// URL")),
    }
    let text = url.as_str().trim_end_matches('/').to_string();
    let path = url.path().trim_end_matches('/');
    if path.is_empty() {
        // `https://demo.texterchat.com`: the host alone; the API lives under its root.
        return Ok(format!("{text}{API_ROOT}"));
    }
    if path.ends_with(API_ROOT) {
        return Ok(text);
    }
    let texter_host =
        matches!(url.host(), Some(url::Host::Domain(d)) if d.ends_with(".texterchat.com"));
    if texter_host || API_ROOT.starts_with(path) {
        return Err(invalid(&format!(
            "must be the API root, ending in `{API_ROOT}` (e.g. https://demo.texterchat.com{API_ROOT}), or a host alone, which gets `{API_ROOT}` appended"
        )));
    }
    // Another host with a path of its own: a proxy or a mock that serves the API there.
    Ok(text)
}

/// The path of the API under a Texter host.
const API_ROOT: &str = "/server/api/v2";
