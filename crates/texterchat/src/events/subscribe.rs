//! Building the Import Subscription body of an event from its ready-made scenario.

use serde_json::Value;
use texterchat_api::enums::ScenarioStatus;
use texterchat_api::types;

use super::{EventKind, import_body};
use crate::error::{Error, Result};

/// The URL placeholder every ready-made body carries at `data.actions[0].params.url`.
pub const URL_PLACEHOLDER: &str = "{{yourWebhookURL}}";

/// The scenario action that sends deliveries (its `name`).
pub(crate) const REQUEST_ACTION: &str = "request";

/// The request header [`Subscription::secret_header`] sets, and the receiver reads.
pub const SECRET_HEADER: &str = "x-texter-secret";

/// The query parameter of a webhook URL that carries the secret.
pub const SECRET_PARAMETER: &str = "secret";

/// `url` with the value of its [`SECRET_PARAMETER`] query parameter replaced by `<redacted>`,
/// for Debug output and error messages (which end up in logs).
pub(crate) fn redact_url_secret(url: &str) -> String {
    let Some((base, rest)) = url.split_once('?') else {
        return url.to_string();
    };
    let (query, fragment) = match rest.split_once('#') {
        Some((q, f)) => (q, Some(f)),
        None => (rest, None),
    };
    let query: Vec<String> = query
        .split('&')
        .map(|pair| match pair.split_once('=') {
            Some((key, _)) if key.eq_ignore_ascii_case(SECRET_PARAMETER) => {
                format!("{key}=<redacted>")
            }
            _ => pair.to_string(),
        })
        .collect();
    let mut out = format!("{base}?{}", query.join("&"));
    if let Some(fragment) = fragment {
        out.push('#');
        out.push_str(fragment);
    }
    out
}

/// A subscription to one webhook event: the event, your URL, and the event's own arguments.
/// [`crate::subscriptions::Subscriptions::subscribe`] imports it in one call.
///
/// ```
/// use texterchat::events::{EventKind, Subscription};
///
/// let incoming = Subscription::new(EventKind::NewIncomingMessage, "https://example.com/hooks/texter?secret=s3cr3t");
/// let keywords = Subscription::new(EventKind::NewMatchedMessage, "https://example.com/hooks/texter?secret=s3cr3t")
///     .keywords(["buy", "purchase"]);
/// let vip = Subscription::new(EventKind::ChatSpecificLabelAdded, "https://example.com/hooks/texter?secret=s3cr3t")
///     .label("vip");
/// let body = vip.to_body()?;
/// assert_eq!(body["data"]["actions"][0]["params"]["url"], "https://example.com/hooks/texter?secret=s3cr3t");
/// # Ok::<(), texterchat::Error>(())
/// ```
///
/// Its `Debug` output hides the secret: the value of the URL's `secret` parameter and the
/// [`Subscription::secret_header`].
#[derive(Clone, PartialEq)]
#[must_use]
pub struct Subscription {
    kind: EventKind,
    url: String,
    status: ScenarioStatus,
    keywords: Vec<String>,
    label: Option<String>,
    author_uid: Option<String>,
    secret_header: Option<String>,
}

impl std::fmt::Debug for Subscription {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Debug labels of this struct's own fields (the facts tool counts `url` and `status`,
        // which are also wire names); written out by hand so the URL's secret is redacted.
        f.debug_struct("Subscription")
            .field("kind", &self.kind)
            .field("url", &redact_url_secret(&self.url))
            .field("status", &self.status)
            .field("keywords", &self.keywords)
            .field("label", &self.label)
            .field("author_uid", &self.author_uid)
            .field(
                "secret_header",
                &self.secret_header.as_ref().map(|_| "<redacted>"),
            )
            .finish()
    }
}

impl Subscription {
    /// Subscribes `url` to `kind`, active at once.
    pub fn new(kind: EventKind, url: impl Into<String>) -> Self {
        Self {
            kind,
            url: url.into(),
            status: ScenarioStatus::Active,
            keywords: Vec::new(),
            label: None,
            author_uid: None,
            secret_header: None,
        }
    }

    /// Creates it active (the default), inactive, or as a draft.
    pub fn status(mut self, status: ScenarioStatus) -> Self {
        self.status = status;
        self
    }

    /// For [`EventKind::NewMatchedMessage`]: the texts an incoming message must equal (any of
    /// them) to fire the event. The ready-made body matches two (`{{word1}}`, `{{word2}}`); any
    /// number of at least one is accepted and joined with `or`.
    pub fn keywords<S: Into<String>>(mut self, keywords: impl IntoIterator<Item = S>) -> Self {
        self.keywords = keywords.into_iter().map(Into::into).collect();
        self
    }

    /// For [`EventKind::ChatSpecificLabelAdded`]: the label id whose addition fires the event.
    pub fn label(mut self, label_id: impl Into<String>) -> Self {
        self.label = Some(label_id.into());
        self
    }

    /// Sends `secret` in a request header ([`SECRET_HEADER`], `x-texter-secret`) of every
    /// delivery, instead of relying on a secret in the URL's query, which proxies and access
    /// logs record. The receiver accepts either. Inferred: Texter's request action takes `headers` in Texter's own
    /// scenarios, but the subscription docs do not mention it; check the first delivery.
    pub fn secret_header(mut self, secret: impl Into<String>) -> Self {
        self.secret_header = Some(secret.into());
        self
    }

    /// Attributes the import to this Texter user uid (attributed automatically otherwise).
    pub fn author_uid(mut self, uid: impl Into<String>) -> Self {
        self.author_uid = Some(uid.into());
        self
    }

    /// Whether the subscription is to be created active.
    pub fn is_active(&self) -> bool {
        self.status == ScenarioStatus::Active
    }

    /// The event.
    pub fn kind(&self) -> &EventKind {
        &self.kind
    }

    /// The ready-made body with the URL and the event's arguments put in.
    fn template_body(&self) -> Result<Value> {
        let template = import_body(&self.kind).ok_or_else(|| {
            let known: Vec<&str> = EventKind::KNOWN.iter().map(|k| k.as_str()).collect();
            Error::validation(
                "event",
                format!(
                    "must be an event with a ready-made body: {}",
                    known.join(", ")
                ),
                format!("{:?}", self.kind.as_str()),
            )
        })?;
        validate_url(&self.url)?;
        let mut replacements: Vec<(String, String)> =
            vec![(URL_PLACEHOLDER.into(), self.url.clone())];
        let mut keyword_expression = None;
        match self.kind {
            EventKind::NewMatchedMessage => {
                if self.keywords.is_empty() {
                    return Err(Error::validation(
                        "keywords",
                        "Messages with Specific Text needs at least one keyword",
                        "none",
                    ));
                }
                for (i, k) in self.keywords.iter().enumerate() {
                    check_literal(&format!("keywords[{i}]"), k)?;
                }
                keyword_expression = Some(
                    self.keywords
                        .iter()
                        .map(|k| format!("text == \"{k}\""))
                        .collect::<Vec<_>>()
                        .join(" or "),
                );
            }
            EventKind::ChatSpecificLabelAdded => {
                let label = self.label.as_deref().ok_or_else(|| {
                    Error::validation(
                        "label",
                        "Specific Label Added needs the label id to watch",
                        "none",
                    )
                })?;
                check_literal("label", label)?;
                replacements.push(("{{targetLabelId}}".into(), label.to_string()));
            }
            _ => {}
        }
        if !self.keywords.is_empty() && self.kind != EventKind::NewMatchedMessage {
            return Err(Error::validation(
                "keywords",
                "only Messages with Specific Text takes keywords",
                self.kind.as_str(),
            ));
        }
        if self.label.is_some() && self.kind != EventKind::ChatSpecificLabelAdded {
            return Err(Error::validation(
                "label",
                "only Specific Label Added takes a label",
                self.kind.as_str(),
            ));
        }
        let mut body: Value = serde_json::from_str(template).map_err(|e| {
            Error::config(format!(
                "the ready-made body of {} is broken: {e}",
                self.kind
            ))
        })?;
        replace_strings(&mut body, &|s: &str| {
            if let Some(expr) = &keyword_expression
                && s.contains("{{word1}}")
            {
                return Some(expr.clone());
            }
            let mut out = s.to_string();
            for (from, to) in &replacements {
                out = out.replace(from.as_str(), to);
            }
            (out != s).then_some(out)
        });
        Ok(body)
    }

    /// The body as the generated request type, with the requested status and author.
    pub fn to_request(&self) -> Result<types::ImportSubscriptionRequest> {
        let body = self.template_body()?;
        let mut request: types::ImportSubscriptionRequest =
            serde_json::from_value(body).map_err(|e| {
                Error::config(format!(
                    "the import body of {} does not match the spec: {e}",
                    self.kind
                ))
            })?;
        request.as_status = Some(self.status.clone());
        if let Some(secret) = &self.secret_header {
            if secret.is_empty() || !secret.bytes().all(|b| b.is_ascii_graphic()) {
                return Err(Error::validation(
                    "secret_header",
                    "must be visible ASCII without spaces (it is sent as a header value)",
                    format!("{} characters", secret.chars().count()),
                ));
            }
            for step in request.data.actions.iter_mut().flatten() {
                if step.name.as_deref() != Some(REQUEST_ACTION) {
                    continue;
                }
                let mut params: types::RequestActionParams = serde_json::from_value(
                    step.params.take().unwrap_or_default(),
                )
                .map_err(|e| {
                    Error::config(format!(
                        "the webhook action of {} does not match the spec: {e}",
                        self.kind
                    ))
                })?;
                params
                    .headers
                    .insert(SECRET_HEADER.to_string(), secret.clone());
                step.params = Some(serde_json::to_value(params).map_err(|e| {
                    Error::config(format!(
                        "the webhook action of {} does not encode: {e}",
                        self.kind
                    ))
                })?);
            }
        }
        if let Some(uid) = &self.author_uid {
            request.author_uid = Some(uid.clone());
        }
        Ok(request)
    }

    /// The Import Subscription body as JSON, exactly as it is sent: the event's ready-made body
    /// with every placeholder replaced and nothing else changed (but the status, and the author
    /// when set).
    pub fn to_body(&self) -> Result<Value> {
        let request = self.to_request()?;
        serde_json::to_value(&request).map_err(|e| {
            Error::config(format!(
                "the import body of {} does not encode: {e}",
                self.kind
            ))
        })
    }
}

fn validate_url(url: &str) -> Result<()> {
    let parsed = url::Url::parse(url).map_err(|e| {
        Error::validation(
            "Subscription::new url",
            format!("must be an absolute http(s) URL ({e})"),
            format!("{:?}", redact_url_secret(url)),
        )
    })?;
    if !matches!(parsed.scheme(), "https" | "http") || parsed.host().is_none() {
        return Err(Error::validation(
            "Subscription::new url",
            "must be an absolute http(s) URL Texter can reach",
            format!("{:?}", redact_url_secret(url)),
        ));
    }
    if url.contains("{{") {
        return Err(Error::validation(
            "Subscription::new url",
            "must not contain a `{{…}}` placeholder",
            format!("{:?}", redact_url_secret(url)),
        ));
    }
    Ok(())
}

/// A value placed inside a filtrex string literal: it cannot close the literal.
fn check_literal(field: &str, value: &str) -> Result<()> {
    non_empty(field, value)?;
    if value.contains(['"', '\\', '\n', '\r']) {
        return Err(Error::validation(
            field,
            "must not contain double quotes, backslashes or line breaks (it is placed inside a filter string)",
            format!("{value:?}"),
        ));
    }
    if value.contains("{{") {
        return Err(Error::validation(
            field,
            "must not contain a `{{…}}` placeholder",
            format!("{value:?}"),
        ));
    }
    Ok(())
}

/// Rewrites every string of `value` for which `f` gives a replacement.
fn replace_strings(value: &mut Value, f: &dyn Fn(&str) -> Option<String>) {
    match value {
        Value::String(s) => {
            if let Some(new) = f(s) {
                *s = new;
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|v| replace_strings(v, f)),
        Value::Object(map) => map.values_mut().for_each(|v| replace_strings(v, f)),
        _ => {}
    }
}

/// The body is built here, not by the generated surface: a value that would be empty in it is
/// refused like the generated checks refuse one.
fn non_empty(field: &str, value: &str) -> Result<()> {
    if value.trim().is_empty() {
        return Err(Error::validation(
            field,
            "must not be empty",
            format!("{value:?}"),
        ));
    }
    Ok(())
}
