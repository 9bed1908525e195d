// @generated from openapi/texter.yaml by `cargo xtask generate`. Do not edit by hand:
// edit the spec and run `cargo xtask generate` (CI runs `cargo xtask generate --check`).

//! The operation surface, generated from `openapi/texter.yaml`: the ergonomic crate invokes
//! `texter_surface!()` once (its items name that crate's `Texter` and `Result`).

/// Expands to the generated operation surface of `texterchat`; not for other crates (its items
/// name the invoking crate's `Texter`, on purpose).
#[macro_export]
#[doc(hidden)]
#[allow(clippy::crate_in_macro_def)]
macro_rules! texter_surface {
    () => {
        /// The operation surface generated from `openapi/texter.yaml`: one module per tag, one
        /// request builder per operation. The handles are reached from [`Texter`](crate::Texter)
        /// (`texter.chats()`, …) and the modules are re-exported by the crate's group modules.
        pub mod surface {
            /// The `chats` operations (generated from the spec). Find, read, assign, resolve and update chats (one conversation with one contact on one channel account).
            pub mod chats {
                /// The `chats` operations of a [`Texter`](crate::Texter): `texter.chats()`.
                #[derive(Clone, Copy, Debug)]
                pub struct Chats<'a> {
                    pub(crate) texter: &'a crate::Texter,
                }
                impl<'a> Chats<'a> {
                    /// The client this handle calls with.
                    pub fn texter(&self) -> &'a crate::Texter {
                        self.texter
                    }
                    /// **Search Chats** — `GET /chats/search`
                    ///
                    /// Finds chats, most often by the contact's phone number. Results are sorted by the time of
                    /// the last message, newest first, and do not include `lastMessage`. Without filters only
                    /// chats that have messages are returned; the reference documents a boolean flag that also
                    /// returns chats with no messages, but its name was not readable, so it is not modelled here
                    /// (use the raw request API if you know it).
                    ///
                    /// - Scopes: List all chats
                    /// - Idempotent: yes: retried after timeouts, transport failures and HTTP 408/429/502/503/504
                    /// - Source: Texter's API reference
                    /// - `channel[name]` and `channel[accountId]`: set together or not at all
                    ///
                    /// Returns a [`SearchChats`] builder; `.send().await` sends it.
                    pub fn search(&self) -> SearchChats {
                        let texter = self.texter;
                        SearchChats {
                            texter: texter.clone(),
                            search: None,
                            channel_name: None,
                            channel_account_id: None,
                            labels: None,
                            statuses: None,
                            limit: None,
                            skip: None,
                        }
                    }
                    /// Every page of **Search Chats** (`searchChats`): `search(..).all()`.
                    pub fn search_all(
                        &self,
                    ) -> crate::pagination::Pages<
                        $crate::types::SearchChatsResponse,
                        $crate::types::Chat,
                    > {
                        self.search().all()
                    }
                    /// **Assign Chat** — `POST /chats/assign`
                    ///
                    /// Assigns a chat to an agent and/or a department. Identify the chat by exactly one of
                    /// `phone` or `chatId`; identify the assignee by exactly one agent identifier (`agentUid`,
                    /// `agentEmail` or `agentCrmId`), a `departmentId`, or a `departmentId` plus one agent
                    /// identifier. The chat's status becomes PENDING (1), not ASSIGNED.
                    ///
                    /// - Scopes: Manage all chats
                    /// - Idempotent: no: retried only when it provably did not reach Texter (could not connect, HTTP 408/429)
                    /// - Source: Texter's API reference
                    /// - Body: [`AssignChatRequest`](texterchat_api::types::AssignChatRequest), checked against the spec before sending
                    ///
                    /// Returns a [`AssignChat`] builder; `.send().await` sends it.
                    pub fn assign(&self) -> AssignChat {
                        let texter = self.texter;
                        AssignChat {
                            texter: texter.clone(),
                            body: $crate::types::AssignChatRequest::new(),
                        }
                    }
                    /// **Get Chat by Chat ID** — `GET /chats/{chatId}`
                    ///
                    /// Returns the public view of one chat: a trimmed chat without `_id`, `labels`, `crmData` or
                    /// `displayName`, whose `botState` holds only the session id, and whose last-message time is
                    /// spelled `lastMessageTimestamp`. Use Search Chats for the full record. Note the scope: this
                    /// read needs Send session message, not a chat-reading scope.
                    ///
                    /// - Scopes: Send session message
                    /// - Idempotent: yes: retried after timeouts, transport failures and HTTP 408/429/502/503/504
                    /// - Source: Texter's API reference
                    /// - `chatId` (path): one URL segment
                    ///
                    /// Returns a [`GetChat`] builder; `.send().await` sends it.
                    pub fn get(
                        &self,
                        chat_id: impl ::std::convert::Into<::std::string::String>,
                    ) -> GetChat {
                        let texter = self.texter;
                        GetChat {
                            texter: texter.clone(),
                            chat_id: chat_id.into(),
                        }
                    }
                    /// **Update Chat Properties** — `PATCH /chats/{chatId}`
                    ///
                    /// Changes chat properties, typically the display name or the external-bot switch. Values
                    /// given replace the stored ones entirely: `crmData` here replaces the whole object (use
                    /// Update CRM Data to merge). Toggling `externalBot` fires the External Bot Enabled/Disabled
                    /// events. Method and path come from Texter's own code; the semantics from the reference.
                    /// The reference also lists a deprecated field (probably `title`) and a reserved field whose
                    /// names were not readable; they are not modelled.
                    ///
                    /// - Scopes: Manage all chats
                    /// - Idempotent: yes: retried after timeouts, transport failures and HTTP 408/429/502/503/504
                    /// - Source: Texter's own code (not the reference)
                    /// - `chatId` (path): one URL segment
                    /// - Body: [`UpdateChatRequest`](texterchat_api::types::UpdateChatRequest), checked against the spec before sending
                    ///
                    /// Returns a [`UpdateChat`] builder; `.send().await` sends it.
                    pub fn update(
                        &self,
                        chat_id: impl ::std::convert::Into<::std::string::String>,
                    ) -> UpdateChat {
                        let texter = self.texter;
                        UpdateChat {
                            texter: texter.clone(),
                            chat_id: chat_id.into(),
                            body: $crate::types::UpdateChatRequest::new(),
                        }
                    }
                    /// **Resolve Chat** — `POST /chats/{chatId}/resolve`
                    ///
                    /// Sets the chat's status to RESOLVED (3), whatever it was. The contact's next incoming
                    /// message goes back to the Texter bot.
                    ///
                    /// - Scopes: Manage all chats
                    /// - Idempotent: yes: retried after timeouts, transport failures and HTTP 408/429/502/503/504
                    /// - Source: Texter's API reference (not idempotent when `notifyClient` is true)
                    /// - `chatId` (path): one URL segment
                    /// - Body: [`ResolveChatRequest`](texterchat_api::types::ResolveChatRequest), checked against the spec before sending
                    ///
                    /// Returns a [`ResolveChat`] builder; `.send().await` sends it.
                    pub fn resolve(
                        &self,
                        chat_id: impl ::std::convert::Into<::std::string::String>,
                    ) -> ResolveChat {
                        let texter = self.texter;
                        ResolveChat {
                            texter: texter.clone(),
                            chat_id: chat_id.into(),
                            body: $crate::types::ResolveChatRequest::new(),
                        }
                    }
                    /// **Update CRM Data** — `POST /chats/{chatId}/crm-data`
                    ///
                    /// Merges `data` into the chat's `crmData` (Update Chat Properties replaces it instead). How
                    /// deep the merge goes is not documented.
                    ///
                    /// - Scopes: Manage all chats
                    /// - Idempotent: yes: retried after timeouts, transport failures and HTTP 408/429/502/503/504
                    /// - Source: Texter's API reference
                    /// - `chatId` (path): one URL segment
                    /// - `data` (body): required
                    /// - Body: [`UpdateChatCrmDataRequest`](texterchat_api::types::UpdateChatCrmDataRequest), checked against the spec before sending
                    ///
                    /// Returns a [`UpdateChatCrmData`] builder; `.send().await` sends it.
                    pub fn update_crm_data(
                        &self,
                        chat_id: impl ::std::convert::Into<::std::string::String>,
                        data: impl ::std::convert::Into<
                            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                        >,
                    ) -> UpdateChatCrmData {
                        let texter = self.texter;
                        UpdateChatCrmData {
                            texter: texter.clone(),
                            chat_id: chat_id.into(),
                            body: $crate::types::UpdateChatCrmDataRequest::new(data),
                        }
                    }
                }
                /// A request of **Search Chats** (`searchChats`); see [`Chats::search`].
                #[derive(Clone, Debug)]
                #[must_use = "a request does nothing until `.send().await`"]
                pub struct SearchChats {
                    texter: crate::Texter,
                    search: ::std::option::Option<::std::string::String>,
                    channel_name: ::std::option::Option<
                        $crate::enums::SearchChannelName,
                    >,
                    channel_account_id: ::std::option::Option<::std::string::String>,
                    labels: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
                    statuses: ::std::option::Option<
                        ::std::vec::Vec<$crate::enums::ChatStatusName>,
                    >,
                    limit: ::std::option::Option<i64>,
                    skip: ::std::option::Option<i64>,
                }
                impl SearchChats {
                    /// `search`: Matched case-insensitively against the contact's phone number or name.
                    ///
                    /// Rule: at least 2 characters.
                    pub fn search(
                        mut self,
                        value: impl ::std::convert::Into<::std::string::String>,
                    ) -> Self {
                        self.search = Some(value.into());
                        self
                    }
                    /// `channel[name]`: Only chats of this channel. Must be sent together with `channel[accountId]`. The
                    /// reference lists whatsapp, messenger, instagram, website_chat and email for this filter
                    /// (not sms).
                    pub fn channel_name(
                        mut self,
                        value: impl ::std::convert::Into<
                            $crate::enums::SearchChannelName,
                        >,
                    ) -> Self {
                        self.channel_name = Some(value.into());
                        self
                    }
                    /// `channel[accountId]`: Only chats of this channel account (for WhatsApp, the business phone number). Must be sent together with `channel[name]`.
                    ///
                    /// Rule: at least 1 character.
                    pub fn channel_account_id(
                        mut self,
                        value: impl ::std::convert::Into<::std::string::String>,
                    ) -> Self {
                        self.channel_account_id = Some(value.into());
                        self
                    }
                    /// `labels[]`: Label ids; a chat carrying any of them matches. Repeated on the wire (`labels[]=a&labels[]=b`).
                    ///
                    /// Rule: at most 100 items, no repeated values.
                    pub fn labels<I, V>(mut self, values: I) -> Self
                    where
                        I: ::std::iter::IntoIterator<Item = V>,
                        V: ::std::convert::Into<::std::string::String>,
                    {
                        self.labels = Some(
                            values.into_iter().map(::std::convert::Into::into).collect(),
                        );
                        self
                    }
                    /// `statuses[]`: Chat status names (not numbers); a chat in any of them matches. Repeated on the wire.
                    /// `SOLVED` and `TAKEN` are rejected by the server: use `RESOLVED` and `ASSIGNED`.
                    ///
                    /// Rule: at most 5 items.
                    pub fn statuses<I, V>(mut self, values: I) -> Self
                    where
                        I: ::std::iter::IntoIterator<Item = V>,
                        V: ::std::convert::Into<$crate::enums::ChatStatusName>,
                    {
                        self.statuses = Some(
                            values.into_iter().map(::std::convert::Into::into).collect(),
                        );
                        self
                    }
                    /// `limit`: Maximum number of chats to return (default 30). Sent as a digit string. Inferred: the
                    /// parameter's name is not shown on the Search Chats page; the sibling list endpoints use
                    /// `limit` with this meaning.
                    ///
                    /// Rule: 1 to 10000.
                    pub fn limit(mut self, value: impl ::std::convert::Into<i64>) -> Self {
                        self.limit = Some(value.into());
                        self
                    }
                    /// `skip`: Number of matching chats to skip before the first one returned. Inferred: the
                    /// parameter's name is not shown on the Search Chats page; the sibling list endpoints use
                    /// `skip` with this meaning.
                    ///
                    /// Rule: at least 0.
                    pub fn skip(mut self, value: impl ::std::convert::Into<i64>) -> Self {
                        self.skip = Some(value.into());
                        self
                    }
                    /// Sends the request: scope check, validation, rate limit, timeout, retries.
                    /// (`.await` on the builder does the same, with the future boxed.)
                    pub async fn send(
                        self,
                    ) -> crate::Result<$crate::types::SearchChatsResponse> {
                        self.texter.execute(&self).await
                    }
                }
                impl ::std::future::IntoFuture for SearchChats {
                    type Output = crate::Result<$crate::types::SearchChatsResponse>;
                    type IntoFuture = ::std::pin::Pin<
                        ::std::boxed::Box<
                            dyn ::std::future::Future<Output = Self::Output> + Send,
                        >,
                    >;
                    fn into_future(self) -> Self::IntoFuture {
                        ::std::boxed::Box::pin(self.send())
                    }
                }
                impl $crate::request::Request for SearchChats {
                    const OPERATION: &'static $crate::catalog::Operation = &$crate::operations::SEARCH_CHATS;
                    type Response = $crate::types::SearchChatsResponse;
                    type Output = $crate::types::SearchChatsResponse;
                    fn validate(
                        &self,
                    ) -> ::std::result::Result<(), $crate::validation::Invalid> {
                        if let Some(v) = &self.search {
                            $crate::validation::check_str(
                                "search",
                                v,
                                &$crate::schemas::SEARCH_CHATS_SEARCH,
                            )?;
                        }
                        if let Some(v) = &self.channel_account_id {
                            $crate::validation::check_str(
                                "channel[accountId]",
                                v,
                                &$crate::schemas::SEARCH_CHATS_CHANNEL_ACCOUNT_ID,
                            )?;
                        }
                        if let Some(v) = &self.labels {
                            $crate::validation::check_param(
                                "labels[]",
                                &$crate::request::wire(v),
                                &$crate::schemas::SEARCH_CHATS_LABELS,
                            )?;
                        }
                        if let Some(v) = &self.statuses {
                            $crate::validation::check_param(
                                "statuses[]",
                                &$crate::request::wire(v),
                                &$crate::schemas::SEARCH_CHATS_STATUSES,
                            )?;
                        }
                        if let Some(v) = &self.limit {
                            $crate::validation::check_int(
                                "limit",
                                *v,
                                &$crate::schemas::SEARCH_CHATS_LIMIT,
                            )?;
                        }
                        if let Some(v) = &self.skip {
                            $crate::validation::check_int(
                                "skip",
                                *v,
                                &$crate::schemas::SEARCH_CHATS_SKIP,
                            )?;
                        }
                        $crate::validation::check_together(
                            &[
                                ("channel[name]", self.channel_name.is_some()),
                                ("channel[accountId]", self.channel_account_id.is_some()),
                            ],
                        )?;
                        Ok(())
                    }
                    fn send<'c>(
                        &'c self,
                        client: &'c $crate::Client,
                        exchange: &'c $crate::exchange::Exchange,
                    ) -> impl ::std::future::Future<
                        Output = ::std::result::Result<
                            $crate::ResponseValue<Self::Response>,
                            $crate::request::ApiError,
                        >,
                    > + Send + 'c {
                        async move {
                            #[allow(unused_mut)]
                            let mut request = $crate::exchange::request(
                                client,
                                Self::OPERATION,
                                $crate::exchange::Method::GET,
                                &["/chats/search"],
                                true,
                            )?;
                            if let Some(v) = &self.channel_account_id {
                                request = request
                                    .query(
                                        &$crate::exchange::QueryParam::new(
                                            "channel[accountId]",
                                            v,
                                        ),
                                    );
                            }
                            if let Some(v) = &self.channel_name {
                                request = request
                                    .query(
                                        &$crate::exchange::QueryParam::new(
                                            "channel[name]",
                                            v,
                                        ),
                                    );
                            }
                            if let Some(v) = &self.labels {
                                request = request
                                    .query(
                                        &$crate::exchange::QueryParam::new("labels[]", v),
                                    );
                            }
                            if let Some(v) = &self.limit {
                                request = request
                                    .query(
                                        &$crate::exchange::QueryParam::new("limit", v),
                                    );
                            }
                            if let Some(v) = &self.search {
                                request = request
                                    .query(
                                        &$crate::exchange::QueryParam::new("search", v),
                                    );
                            }
                            if let Some(v) = &self.skip {
                                request = request
                                    .query(
                                        &$crate::exchange::QueryParam::new("skip", v),
                                    );
                            }
                            if let Some(v) = &self.statuses {
                                request = request
                                    .query(
                                        &$crate::exchange::QueryParam::new(
                                            "statuses[]",
                                            v,
                                        ),
                                    );
                            }
                            let response = exchange.execute(client, request.build()?).await?;
                            $crate::builder::SearchChats::dispatch(response).await
                        }
                    }
                    fn decode_path(
                        body: &[u8],
                    ) -> ::std::option::Option<(::std::string::String, ::std::string::String)> {
                        $crate::request::json_path::<
                            $crate::types::SearchChatsResponse,
                        >(body)
                    }
                    fn output(
                        response: Self::Response,
                    ) -> ::std::result::Result<
                        Self::Output,
                        $crate::request::Unsuccessful,
                    > {
                        Ok(response)
                    }
                }
                impl crate::pagination::OffsetPaged for SearchChats {
                    type Item = $crate::types::Chat;
                    fn with_page(mut self, limit: i64, skip: i64) -> Self {
                        self.limit = Some(limit);
                        self.skip = Some(skip);
                        self
                    }
                    fn page_size(&self) -> ::std::option::Option<i64> {
                        self.limit
                    }
                    fn first_skip(&self) -> ::std::option::Option<i64> {
                        self.skip
                    }
                    fn total(page: &Self::Output) -> ::std::option::Option<i64> {
                        page.total
                    }
                    fn items(page: &Self::Output) -> &[Self::Item] {
                        &page.data
                    }
                    fn into_items(page: Self::Output) -> ::std::vec::Vec<Self::Item> {
                        page.data
                    }
                    fn fetch(
                        self,
                    ) -> impl ::std::future::Future<
                        Output = crate::Result<Self::Output>,
                    > + Send {
                        self.send()
                    }
                }
                impl SearchChats {
                    /// Every page, from this request's `skip` on, with this request's filters;
                    /// `.items()` turns the pages into their items. Stops on an empty page or
                    /// once `total` is covered; a repeated page ends it with a pagination error.
                    pub fn all(
                        self,
                    ) -> crate::pagination::Pages<
                        $crate::types::SearchChatsResponse,
                        $crate::types::Chat,
                    > {
                        crate::pagination::offset_pages(self)
                    }
                }
                /// A request of **Assign Chat** (`assignChat`); see [`Chats::assign`].
                #[derive(Clone, Debug)]
                #[must_use = "a request does nothing until `.send().await`"]
                pub struct AssignChat {
                    texter: crate::Texter,
                    body: $crate::types::AssignChatRequest,
                }
                impl AssignChat {
                    /// `agentCrmId` (body): The agent's CRM identifier in Texter.
                    ///
                    /// Rule: at least 1 character.
                    pub fn agent_crm_id(
                        mut self,
                        value: impl ::std::convert::Into<::std::string::String>,
                    ) -> Self {
                        self.body.agent_crm_id = Some(value.into());
                        self
                    }
                    /// `agentEmail` (body): The agent's email in Texter.
                    ///
                    /// Rule: at least 1 character.
                    pub fn agent_email(
                        mut self,
                        value: impl ::std::convert::Into<::std::string::String>,
                    ) -> Self {
                        self.body.agent_email = Some(value.into());
                        self
                    }
                    /// `agentUid` (body): The agent's Texter user id.
                    ///
                    /// Rule: at least 1 character.
                    pub fn agent_uid(
                        mut self,
                        value: impl ::std::convert::Into<::std::string::String>,
                    ) -> Self {
                        self.body.agent_uid = Some(value.into());
                        self
                    }
                    /// `channel` (body): Disambiguates when several chats exist for one phone. Its fields were not readable;
                    /// probably `{name, accountId}` (inferred).
                    pub fn channel(
                        mut self,
                        value: impl ::std::convert::Into<
                            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                        >,
                    ) -> Self {
                        self.body.channel = Some(value.into());
                        self
                    }
                    /// `chatId` (body): The chat's `_id`.
                    ///
                    /// Rule: at least 1 character.
                    pub fn chat_id(
                        mut self,
                        value: impl ::std::convert::Into<::std::string::String>,
                    ) -> Self {
                        self.body.chat_id = Some(value.into());
                        self
                    }
                    /// `departmentId` (body): The department, alone or with one agent identifier.
                    ///
                    /// Rule: at least 1 character.
                    pub fn department_id(
                        mut self,
                        value: impl ::std::convert::Into<::std::string::String>,
                    ) -> Self {
                        self.body.department_id = Some(value.into());
                        self
                    }
                    /// `phone` (body): The contact's phone in any common format (`0521234567`, `972521234567`, `+972 52-123-4567`).
                    /// The pattern (8 to 15 digits after an optional `+` or `00`, with spaces, dashes, dots and
                    /// parentheses between them) is inferred from E.164: the reference says only "any common format".
                    ///
                    /// Rule: matches `^[ ().\u00a0-]*(?:\+|00)?[ ().\u00a0-]*(?:[0-9][ ().\u00a0-]*){8,15}$`.
                    pub fn phone(
                        mut self,
                        value: impl ::std::convert::Into<::std::string::String>,
                    ) -> Self {
                        self.body.phone = Some(value.into());
                        self
                    }
                    /// The whole body ([`AssignChatRequest`](texterchat_api::types::AssignChatRequest)), replacing what the arguments and setters set.
                    pub fn replace_body(
                        mut self,
                        body: impl ::std::convert::Into<
                            $crate::types::AssignChatRequest,
                        >,
                    ) -> Self {
                        self.body = body.into();
                        self
                    }
                    /// Sends the request: scope check, validation, rate limit, timeout, retries.
                    /// (`.await` on the builder does the same, with the future boxed.)
                    pub async fn send(self) -> crate::Result<()> {
                        self.texter.execute(&self).await
                    }
                }
                impl ::std::future::IntoFuture for AssignChat {
                    type Output = crate::Result<()>;
                    type IntoFuture = ::std::pin::Pin<
                        ::std::boxed::Box<
                            dyn ::std::future::Future<Output = Self::Output> + Send,
                        >,
                    >;
                    fn into_future(self) -> Self::IntoFuture {
                        ::std::boxed::Box::pin(self.send())
                    }
                }
                impl $crate::request::Request for AssignChat {
                    const OPERATION: &'static $crate::catalog::Operation = &$crate::operations::ASSIGN_CHAT;
                    type Response = ();
                    type Output = ();
                    fn validate(
                        &self,
                    ) -> ::std::result::Result<(), $crate::validation::Invalid> {
                        $crate::validation::check(
                            &$crate::request::wire(&self.body),
                            &$crate::schemas::ASSIGN_CHAT_REQUEST,
                        )?;
                        Ok(())
                    }
                    fn send<'c>(
                        &'c self,
                        client: &'c $crate::Client,
                        exchange: &'c $crate::exchange::Exchange,
                    ) -> impl ::std::future::Future<
                        Output = ::std::result::Result<
                            $crate::ResponseValue<Self::Response>,
                            $crate::request::ApiError,
                        >,
                    > + Send + 'c {
                        async move {
                            #[allow(unused_mut)]
                            let mut request = $crate::exchange::request(
                                client,
                                Self::OPERATION,
                                $crate::exchange::Method::POST,
                                &["/chats/assign"],
                                false,
                            )?;
                            request = request.json(&self.body);
                            let response = exchange.execute(client, request.build()?).await?;
                            $crate::request::drain(
                                    $crate::builder::AssignChat::dispatch(response)
                                        .await?,
                                )
                                .await
                        }
                    }
                    fn decode_path(
                        body: &[u8],
                    ) -> ::std::option::Option<(::std::string::String, ::std::string::String)> {
                        $crate::request::no_path(body)
                    }
                    fn output(
                        response: Self::Response,
                    ) -> ::std::result::Result<
                        Self::Output,
                        $crate::request::Unsuccessful,
                    > {
                        Ok(response)
                    }
                }
                /// A request of **Get Chat by Chat ID** (`getChat`); see [`Chats::get`].
                #[derive(Clone, Debug)]
                #[must_use = "a request does nothing until `.send().await`"]
                pub struct GetChat {
                    texter: crate::Texter,
                    chat_id: ::std::string::String,
                }
                impl GetChat {
                    /// Sends the request: scope check, validation, rate limit, timeout, retries.
                    /// (`.await` on the builder does the same, with the future boxed.)
                    pub async fn send(
                        self,
                    ) -> crate::Result<$crate::types::PublicChat> {
                        self.texter.execute(&self).await
                    }
                }
                impl ::std::future::IntoFuture for GetChat {
                    type Output = crate::Result<$crate::types::PublicChat>;
                    type IntoFuture = ::std::pin::Pin<
                        ::std::boxed::Box<
                            dyn ::std::future::Future<Output = Self::Output> + Send,
                        >,
                    >;
                    fn into_future(self) -> Self::IntoFuture {
                        ::std::boxed::Box::pin(self.send())
                    }
                }
                impl $crate::request::Request for GetChat {
                    const OPERATION: &'static $crate::catalog::Operation = &$crate::operations::GET_CHAT;
                    type Response = $crate::types::PublicChat;
                    type Output = $crate::types::PublicChat;
                    fn validate(
                        &self,
                    ) -> ::std::result::Result<(), $crate::validation::Invalid> {
                        {
                            let v = &self.chat_id;
                            $crate::validation::check_str(
                                "chatId",
                                v,
                                &$crate::schemas::GET_CHAT_CHAT_ID,
                            )?;
                        }
                        Ok(())
                    }
                    fn send<'c>(
                        &'c self,
                        client: &'c $crate::Client,
                        exchange: &'c $crate::exchange::Exchange,
                    ) -> impl ::std::future::Future<
                        Output = ::std::result::Result<
                            $crate::ResponseValue<Self::Response>,
                            $crate::request::ApiError,
                        >,
                    > + Send + 'c {
                        async move {
                            #[allow(unused_mut)]
                            let mut request = $crate::exchange::request(
                                client,
                                Self::OPERATION,
                                $crate::exchange::Method::GET,
                                &[
                                    "/chats/",
                                    &exchange
                                        .segment(
                                            "chatId",
                                            &::std::string::ToString::to_string(&self.chat_id),
                                        )?,
                                ],
                                true,
                            )?;
                            let response = exchange.execute(client, request.build()?).await?;
                            $crate::builder::GetChat::dispatch(response).await
                        }
                    }
                    fn decode_path(
                        body: &[u8],
                    ) -> ::std::option::Option<(::std::string::String, ::std::string::String)> {
                        $crate::request::json_path::<
                            $crate::types::PublicChat,
                        >(body)
                    }
                    fn output(
                        response: Self::Response,
                    ) -> ::std::result::Result<
                        Self::Output,
                        $crate::request::Unsuccessful,
                    > {
                        Ok(response)
                    }
                }
                /// A request of **Update Chat Properties** (`updateChat`); see [`Chats::update`].
                #[derive(Clone, Debug)]
                #[must_use = "a request does nothing until `.send().await`"]
                pub struct UpdateChat {
                    texter: crate::Texter,
                    chat_id: ::std::string::String,
                    body: $crate::types::UpdateChatRequest,
                }
                impl UpdateChat {
                    /// `crmData` (body): Replaces the whole CRM data object.
                    pub fn crm_data(
                        mut self,
                        value: impl ::std::convert::Into<
                            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                        >,
                    ) -> Self {
                        self.body.crm_data = Some(value.into());
                        self
                    }
                    /// `crmDeepLink` (body): Link to the CRM record. Inferred field name (it matches the Chat field).
                    pub fn crm_deep_link(
                        mut self,
                        value: impl ::std::convert::Into<::std::string::String>,
                    ) -> Self {
                        self.body.crm_deep_link = Some(value.into());
                        self
                    }
                    /// `displayName` (body): A custom display name.
                    ///
                    /// Rule: at most 255 characters.
                    pub fn display_name(
                        mut self,
                        value: impl ::std::convert::Into<::std::string::String>,
                    ) -> Self {
                        self.body.display_name = Some(value.into());
                        self
                    }
                    /// `externalBot` (body): Hand the chat to (true) or take it back from (false) an external bot; fires an event.
                    pub fn external_bot(
                        mut self,
                        value: impl ::std::convert::Into<bool>,
                    ) -> Self {
                        self.body.external_bot = Some(value.into());
                        self
                    }
                    /// The whole body ([`UpdateChatRequest`](texterchat_api::types::UpdateChatRequest)), replacing what the arguments and setters set.
                    pub fn replace_body(
                        mut self,
                        body: impl ::std::convert::Into<
                            $crate::types::UpdateChatRequest,
                        >,
                    ) -> Self {
                        self.body = body.into();
                        self
                    }
                    /// Sends the request: scope check, validation, rate limit, timeout, retries.
                    /// (`.await` on the builder does the same, with the future boxed.)
                    pub async fn send(
                        self,
                    ) -> crate::Result<$crate::types::ChatWithSuccess> {
                        self.texter.execute(&self).await
                    }
                }
                impl ::std::future::IntoFuture for UpdateChat {
                    type Output = crate::Result<$crate::types::ChatWithSuccess>;
                    type IntoFuture = ::std::pin::Pin<
                        ::std::boxed::Box<
                            dyn ::std::future::Future<Output = Self::Output> + Send,
                        >,
                    >;
                    fn into_future(self) -> Self::IntoFuture {
                        ::std::boxed::Box::pin(self.send())
                    }
                }
                impl $crate::request::Request for UpdateChat {
                    const OPERATION: &'static $crate::catalog::Operation = &$crate::operations::UPDATE_CHAT;
                    type Response = $crate::types::ChatWithSuccess;
                    type Output = $crate::types::ChatWithSuccess;
                    fn validate(
                        &self,
                    ) -> ::std::result::Result<(), $crate::validation::Invalid> {
                        {
                            let v = &self.chat_id;
                            $crate::validation::check_str(
                                "chatId",
                                v,
                                &$crate::schemas::UPDATE_CHAT_CHAT_ID,
                            )?;
                        }
                        $crate::validation::check(
                            &$crate::request::wire(&self.body),
                            &$crate::schemas::UPDATE_CHAT_REQUEST,
                        )?;
                        Ok(())
                    }
                    fn send<'c>(
                        &'c self,
                        client: &'c $crate::Client,
                        exchange: &'c $crate::exchange::Exchange,
                    ) -> impl ::std::future::Future<
                        Output = ::std::result::Result<
                            $crate::ResponseValue<Self::Response>,
                            $crate::request::ApiError,
                        >,
                    > + Send + 'c {
                        async move {
                            #[allow(unused_mut)]
                            let mut request = $crate::exchange::request(
                                client,
                                Self::OPERATION,
                                $crate::exchange::Method::PATCH,
                                &[
                                    "/chats/",
                                    &exchange
                                        .segment(
                                            "chatId",
                                            &::std::string::ToString::to_string(&self.chat_id),
                                        )?,
                                ],
                                true,
                            )?;
                            request = request.json(&self.body);
                            let response = exchange.execute(client, request.build()?).await?;
                            $crate::builder::UpdateChat::dispatch(response).await
                        }
                    }
                    fn decode_path(
                        body: &[u8],
                    ) -> ::std::option::Option<(::std::string::String, ::std::string::String)> {
                        $crate::request::json_path::<
                            $crate::types::ChatWithSuccess,
                        >(body)
                    }
                    fn output(
                        response: Self::Response,
                    ) -> ::std::result::Result<
                        Self::Output,
                        $crate::request::Unsuccessful,
                    > {
                        Ok(response)
                    }
                }
                /// A request of **Resolve Chat** (`resolveChat`); see [`Chats::resolve`].
                #[derive(Clone, Debug)]
                #[must_use = "a request does nothing until `.send().await`"]
                pub struct ResolveChat {
                    texter: crate::Texter,
                    chat_id: ::std::string::String,
                    body: $crate::types::ResolveChatRequest,
                }
                impl ResolveChat {
                    /// `notifyClient` (body): Send the default resolution message to the contact first.
                    pub fn notify_client(
                        mut self,
                        value: impl ::std::convert::Into<bool>,
                    ) -> Self {
                        self.body.notify_client = Some(value.into());
                        self
                    }
                    /// The whole body ([`ResolveChatRequest`](texterchat_api::types::ResolveChatRequest)), replacing what the arguments and setters set.
                    pub fn replace_body(
                        mut self,
                        body: impl ::std::convert::Into<
                            $crate::types::ResolveChatRequest,
                        >,
                    ) -> Self {
                        self.body = body.into();
                        self
                    }
                    /// Sends the request: scope check, validation, rate limit, timeout, retries.
                    /// (`.await` on the builder does the same, with the future boxed.)
                    pub async fn send(self) -> crate::Result<()> {
                        self.texter.execute(&self).await
                    }
                }
                impl ::std::future::IntoFuture for ResolveChat {
                    type Output = crate::Result<()>;
                    type IntoFuture = ::std::pin::Pin<
                        ::std::boxed::Box<
                            dyn ::std::future::Future<Output = Self::Output> + Send,
                        >,
                    >;
                    fn into_future(self) -> Self::IntoFuture {
                        ::std::boxed::Box::pin(self.send())
                    }
                }
                impl $crate::request::Request for ResolveChat {
                    const OPERATION: &'static $crate::catalog::Operation = &$crate::operations::RESOLVE_CHAT;
                    type Response = $crate::types::SuccessResponse;
                    type Output = ();
                    fn idempotent(&self) -> bool {
                        Self::OPERATION.idempotent && !self.body.notify_client.unwrap_or(false)
                    }
                    fn validate(
                        &self,
                    ) -> ::std::result::Result<(), $crate::validation::Invalid> {
                        {
                            let v = &self.chat_id;
                            $crate::validation::check_str(
                                "chatId",
                                v,
                                &$crate::schemas::RESOLVE_CHAT_CHAT_ID,
                            )?;
                        }
                        $crate::validation::check(
                            &$crate::request::wire(&self.body),
                            &$crate::schemas::RESOLVE_CHAT_REQUEST,
                        )?;
                        Ok(())
                    }
                    fn send<'c>(
                        &'c self,
                        client: &'c $crate::Client,
                        exchange: &'c $crate::exchange::Exchange,
                    ) -> impl ::std::future::Future<
                        Output = ::std::result::Result<
                            $crate::ResponseValue<Self::Response>,
                            $crate::request::ApiError,
                        >,
                    > + Send + 'c {
                        async move {
                            #[allow(unused_mut)]
                            let mut request = $crate::exchange::request(
                                client,
                                Self::OPERATION,
                                $crate::exchange::Method::POST,
                                &[
                                    "/chats/",
                                    &exchange
                                        .segment(
                                            "chatId",
                                            &::std::string::ToString::to_string(&self.chat_id),
                                        )?,
                                    "/resolve",
                                ],
                                true,
                            )?;
                            request = request.json(&self.body);
                            let response = exchange.execute(client, request.build()?).await?;
                            $crate::builder::ResolveChat::dispatch(response).await
                        }
                    }
                    fn decode_path(
                        body: &[u8],
                    ) -> ::std::option::Option<(::std::string::String, ::std::string::String)> {
                        $crate::request::json_path::<
                            $crate::types::SuccessResponse,
                        >(body)
                    }
                    fn output(
                        response: Self::Response,
                    ) -> ::std::result::Result<
                        Self::Output,
                        $crate::request::Unsuccessful,
                    > {
                        $crate::request::success(response)
                    }
                }
                /// A request of **Update CRM Data** (`updateChatCrmData`); see [`Chats::update_crm_data`].
                #[derive(Clone, Debug)]
                #[must_use = "a request does nothing until `.send().await`"]
                pub struct UpdateChatCrmData {
                    texter: crate::Texter,
                    chat_id: ::std::string::String,
                    body: $crate::types::UpdateChatCrmDataRequest,
                }
                impl UpdateChatCrmData {
                    /// The whole body ([`UpdateChatCrmDataRequest`](texterchat_api::types::UpdateChatCrmDataRequest)), replacing what the arguments and setters set.
                    pub fn replace_body(
                        mut self,
                        body: impl ::std::convert::Into<
                            $crate::types::UpdateChatCrmDataRequest,
                        >,
                    ) -> Self {
                        self.body = body.into();
                        self
                    }
                    /// Sends the request: scope check, validation, rate limit, timeout, retries.
                    /// (`.await` on the builder does the same, with the future boxed.)
                    pub async fn send(
                        self,
                    ) -> crate::Result<$crate::types::ChatWithSuccess> {
                        self.texter.execute(&self).await
                    }
                }
                impl ::std::future::IntoFuture for UpdateChatCrmData {
                    type Output = crate::Result<$crate::types::ChatWithSuccess>;
                    type IntoFuture = ::std::pin::Pin<
                        ::std::boxed::Box<
                            dyn ::std::future::Future<Output = Self::Output> + Send,
                        >,
                    >;
                    fn into_future(self) -> Self::IntoFuture {
                        ::std::boxed::Box::pin(self.send())
                    }
                }
                impl $crate::request::Request for UpdateChatCrmData {
                    const OPERATION: &'static $crate::catalog::Operation = &$crate::operations::UPDATE_CHAT_CRM_DATA;
                    type Response = $crate::types::ChatWithSuccess;
                    type Output = $crate::types::ChatWithSuccess;
                    fn validate(
                        &self,
                    ) -> ::std::result::Result<(), $crate::validation::Invalid> {
                        {
                            let v = &self.chat_id;
                            $crate::validation::check_str(
                                "chatId",
                                v,
                                &$crate::schemas::UPDATE_CHAT_CRM_DATA_CHAT_ID,
                            )?;
                        }
                        $crate::validation::check(
                            &$crate::request::wire(&self.body),
                            &$crate::schemas::UPDATE_CHAT_CRM_DATA_REQUEST,
                        )?;
                        Ok(())
                    }
                    fn send<'c>(
                        &'c self,
                        client: &'c $crate::Client,
                        exchange: &'c $crate::exchange::Exchange,
                    ) -> impl ::std::future::Future<
                        Output = ::std::result::Result<
                            $crate::ResponseValue<Self::Response>,
                            $crate::request::ApiError,
                        >,
                    > + Send + 'c {
                        async move {
                            #[allow(unused_mut)]
                            let mut request = $crate::exchange::request(
                                client,
                                Self::OPERATION,
                                $crate::exchange::Method::POST,
                                &[
                                    "/chats/",
                                    &exchange
                                        .segment(
                                            "chatId",
                                            &::std::string::ToString::to_string(&self.chat_id),
                                        )?,
                                    "/crm-data",
                                ],
                                true,
                            )?;
                            request = request.json(&self.body);
                            let response = exchange.execute(client, request.build()?).await?;
                            $crate::builder::UpdateChatCrmData::dispatch(response)
                                .await
                        }
                    }
                    fn decode_path(
                        body: &[u8],
                    ) -> ::std::option::Option<(::std::string::String, ::std::string::String)> {
                        $crate::request::json_path::<
                            $crate::types::ChatWithSuccess,
                        >(body)
                    }
                    fn output(
                        response: Self::Response,
                    ) -> ::std::result::Result<
                        Self::Output,
                        $crate::request::Unsuccessful,
                    > {
                        Ok(response)
                    }
                }
            }
            /// The `messages` operations (generated from the spec). Read the messages of a chat and send session messages inside WhatsApp's 24-hour window.
            pub mod messages {
                /// The `messages` operations of a [`Texter`](crate::Texter): `texter.messages()`.
                #[derive(Clone, Copy, Debug)]
                pub struct Messages<'a> {
                    pub(crate) texter: &'a crate::Texter,
                }
                impl<'a> Messages<'a> {
                    /// The client this handle calls with.
                    pub fn texter(&self) -> &'a crate::Texter {
                        self.texter
                    }
                    /// **Get Messages of a Chat** — `GET /messages/chat/{chatId}`
                    ///
                    /// Returns up to `limit` messages of a chat, oldest first. A filter is required: either
                    /// `botSessionId` (the messages of one bot session), or both `beforeTime` and `beforeId`
                    /// (messages with `timestamp <= beforeTime`, excluding the message `beforeId`). To walk back
                    /// in time, pass the `timestamp` and `_id` of the oldest message received so far.
                    ///
                    /// - Scopes: View all chats
                    /// - Idempotent: yes: retried after timeouts, transport failures and HTTP 408/429/502/503/504
                    /// - Source: Texter's API reference
                    /// - `chatId` (path): one URL segment
                    ///
                    /// Returns a [`GetChatMessages`] builder; `.send().await` sends it.
                    pub fn list(
                        &self,
                        chat_id: impl ::std::convert::Into<::std::string::String>,
                    ) -> GetChatMessages {
                        let texter = self.texter;
                        GetChatMessages {
                            texter: texter.clone(),
                            chat_id: chat_id.into(),
                            limit: None,
                            before_time: None,
                            before_id: None,
                            bot_session_id: None,
                        }
                    }
                    /// **Send a Message to Chat** — `POST /messages/send/{chatId}`
                    ///
                    /// Sends a session message to an existing chat. WhatsApp's 24-hour window applies: if the
                    /// contact has not written in the last 24 hours the request fails and only a template message
                    /// can be sent. Sending to a chat that does not exist fails too. The status codes and bodies
                    /// of those failures are not documented.
                    ///
                    /// - Scopes: Send session message
                    /// - Idempotent: no: retried only when it provably did not reach Texter (could not connect, HTTP 408/429)
                    /// - Source: Texter's API reference
                    /// - `chatId` (path): one URL segment
                    /// - Body: [`SendMessageRequest`](texterchat_api::types::SendMessageRequest), checked against the spec before sending
                    ///
                    /// Returns a [`SendMessage`] builder; `.send().await` sends it.
                    pub fn send(
                        &self,
                        chat_id: impl ::std::convert::Into<::std::string::String>,
                        body: impl ::std::convert::Into<
                            $crate::types::SendMessageRequest,
                        >,
                    ) -> SendMessage {
                        let texter = self.texter;
                        SendMessage {
                            texter: texter.clone(),
                            chat_id: chat_id.into(),
                            body: body.into(),
                        }
                    }
                }
                /// A request of **Get Messages of a Chat** (`getChatMessages`); see [`Messages::list`].
                #[derive(Clone, Debug)]
                #[must_use = "a request does nothing until `.send().await`"]
                pub struct GetChatMessages {
                    texter: crate::Texter,
                    chat_id: ::std::string::String,
                    limit: ::std::option::Option<i64>,
                    before_time: ::std::option::Option<$crate::time::EpochMillis>,
                    before_id: ::std::option::Option<::std::string::String>,
                    bot_session_id: ::std::option::Option<::std::string::String>,
                }
                impl GetChatMessages {
                    /// `limit`: Maximum number of messages (default 50). Sent as a digit string.
                    ///
                    /// Rule: at least 1.
                    pub fn limit(mut self, value: impl ::std::convert::Into<i64>) -> Self {
                        self.limit = Some(value.into());
                        self
                    }
                    /// `beforeTime`: Cursor time, inclusive, in epoch milliseconds. Needs `beforeId`.
                    pub fn before_time(
                        mut self,
                        value: impl ::std::convert::Into<$crate::time::EpochMillis>,
                    ) -> Self {
                        self.before_time = Some(value.into());
                        self
                    }
                    /// `beforeId`: The `_id` of the cursor message, which is excluded from the result. Needs `beforeTime`.
                    ///
                    /// Rule: matches `^[a-z0-9]+$`.
                    pub fn before_id(
                        mut self,
                        value: impl ::std::convert::Into<::std::string::String>,
                    ) -> Self {
                        self.before_id = Some(value.into());
                        self
                    }
                    /// `botSessionId`: Only the messages of this bot session (`chat.botState.id`).
                    ///
                    /// Rule: matches `^[a-z0-9]+$`.
                    pub fn bot_session_id(
                        mut self,
                        value: impl ::std::convert::Into<::std::string::String>,
                    ) -> Self {
                        self.bot_session_id = Some(value.into());
                        self
                    }
                    /// Sends the request: scope check, validation, rate limit, timeout, retries.
                    /// (`.await` on the builder does the same, with the future boxed.)
                    pub async fn send(
                        self,
                    ) -> crate::Result<$crate::types::ChatMessagesResponse> {
                        self.texter.execute(&self).await
                    }
                }
                impl ::std::future::IntoFuture for GetChatMessages {
                    type Output = crate::Result<$crate::types::ChatMessagesResponse>;
                    type IntoFuture = ::std::pin::Pin<
                        ::std::boxed::Box<
                            dyn ::std::future::Future<Output = Self::Output> + Send,
                        >,
                    >;
                    fn into_future(self) -> Self::IntoFuture {
                        ::std::boxed::Box::pin(self.send())
                    }
                }
                impl $crate::request::Request for GetChatMessages {
                    const OPERATION: &'static $crate::catalog::Operation = &$crate::operations::GET_CHAT_MESSAGES;
                    type Response = $crate::types::ChatMessagesResponse;
                    type Output = $crate::types::ChatMessagesResponse;
                    fn validate(
                        &self,
                    ) -> ::std::result::Result<(), $crate::validation::Invalid> {
                        {
                            let v = &self.chat_id;
                            $crate::validation::check_str(
                                "chatId",
                                v,
                                &$crate::schemas::GET_CHAT_MESSAGES_CHAT_ID,
                            )?;
                        }
                        if let Some(v) = &self.limit {
                            $crate::validation::check_int(
                                "limit",
                                *v,
                                &$crate::schemas::GET_CHAT_MESSAGES_LIMIT,
                            )?;
                        }
                        if let Some(v) = &self.before_id {
                            $crate::validation::check_str(
                                "beforeId",
                                v,
                                &$crate::schemas::GET_CHAT_MESSAGES_BEFORE_ID,
                            )?;
                        }
                        if let Some(v) = &self.bot_session_id {
                            $crate::validation::check_str(
                                "botSessionId",
                                v,
                                &$crate::schemas::GET_CHAT_MESSAGES_BOT_SESSION_ID,
                            )?;
                        }
                        Ok(())
                    }
                    fn send<'c>(
                        &'c self,
                        client: &'c $crate::Client,
                        exchange: &'c $crate::exchange::Exchange,
                    ) -> impl ::std::future::Future<
                        Output = ::std::result::Result<
                            $crate::ResponseValue<Self::Response>,
                            $crate::request::ApiError,
                        >,
                    > + Send + 'c {
                        async move {
                            #[allow(unused_mut)]
                            let mut request = $crate::exchange::request(
                                client,
                                Self::OPERATION,
                                $crate::exchange::Method::GET,
                                &[
                                    "/messages/chat/",
                                    &exchange
                                        .segment(
                                            "chatId",
                                            &::std::string::ToString::to_string(&self.chat_id),
                                        )?,
                                ],
                                true,
                            )?;
                            if let Some(v) = &self.before_id {
                                request = request
                                    .query(
                                        &$crate::exchange::QueryParam::new("beforeId", v),
                                    );
                            }
                            if let Some(v) = &self.before_time {
                                request = request
                                    .query(
                                        &$crate::exchange::QueryParam::new(
                                            "beforeTime",
                                            v,
                                        ),
                                    );
                            }
                            if let Some(v) = &self.bot_session_id {
                                request = request
                                    .query(
                                        &$crate::exchange::QueryParam::new(
                                            "botSessionId",
                                            v,
                                        ),
                                    );
                            }
                            if let Some(v) = &self.limit {
                                request = request
                                    .query(
                                        &$crate::exchange::QueryParam::new("limit", v),
                                    );
                            }
                            let response = exchange.execute(client, request.build()?).await?;
                            $crate::builder::GetChatMessages::dispatch(response).await
                        }
                    }
                    fn decode_path(
                        body: &[u8],
                    ) -> ::std::option::Option<(::std::string::String, ::std::string::String)> {
                        $crate::request::json_path::<
                            $crate::types::ChatMessagesResponse,
                        >(body)
                    }
                    fn output(
                        response: Self::Response,
                    ) -> ::std::result::Result<
                        Self::Output,
                        $crate::request::Unsuccessful,
                    > {
                        Ok(response)
                    }
                }
                /// A request of **Send a Message to Chat** (`sendMessage`); see [`Messages::send`].
                #[derive(Clone, Debug)]
                #[must_use = "a request does nothing until `.send().await`"]
                pub struct SendMessage {
                    texter: crate::Texter,
                    chat_id: ::std::string::String,
                    body: $crate::types::SendMessageRequest,
                }
                impl SendMessage {
                    /// The whole body ([`SendMessageRequest`](texterchat_api::types::SendMessageRequest)), replacing what the arguments and setters set.
                    pub fn replace_body(
                        mut self,
                        body: impl ::std::convert::Into<
                            $crate::types::SendMessageRequest,
                        >,
                    ) -> Self {
                        self.body = body.into();
                        self
                    }
                    /// Sends the request: scope check, validation, rate limit, timeout, retries.
                    /// (`.await` on the builder does the same, with the future boxed.)
                    pub async fn send(
                        self,
                    ) -> crate::Result<$crate::types::SendMessageResponse> {
                        self.texter.execute(&self).await
                    }
                }
                impl ::std::future::IntoFuture for SendMessage {
                    type Output = crate::Result<$crate::types::SendMessageResponse>;
                    type IntoFuture = ::std::pin::Pin<
                        ::std::boxed::Box<
                            dyn ::std::future::Future<Output = Self::Output> + Send,
                        >,
                    >;
                    fn into_future(self) -> Self::IntoFuture {
                        ::std::boxed::Box::pin(self.send())
                    }
                }
                impl $crate::request::Request for SendMessage {
                    const OPERATION: &'static $crate::catalog::Operation = &$crate::operations::SEND_MESSAGE;
                    type Response = $crate::types::SendMessageResponse;
                    type Output = $crate::types::SendMessageResponse;
                    fn validate(
                        &self,
                    ) -> ::std::result::Result<(), $crate::validation::Invalid> {
                        {
                            let v = &self.chat_id;
                            $crate::validation::check_str(
                                "chatId",
                                v,
                                &$crate::schemas::SEND_MESSAGE_CHAT_ID,
                            )?;
                        }
                        $crate::validation::check(
                            &$crate::request::wire(&self.body),
                            &$crate::schemas::SEND_MESSAGE_REQUEST,
                        )?;
                        Ok(())
                    }
                    fn send<'c>(
                        &'c self,
                        client: &'c $crate::Client,
                        exchange: &'c $crate::exchange::Exchange,
                    ) -> impl ::std::future::Future<
                        Output = ::std::result::Result<
                            $crate::ResponseValue<Self::Response>,
                            $crate::request::ApiError,
                        >,
                    > + Send + 'c {
                        async move {
                            #[allow(unused_mut)]
                            let mut request = $crate::exchange::request(
                                client,
                                Self::OPERATION,
                                $crate::exchange::Method::POST,
                                &[
                                    "/messages/send/",
                                    &exchange
                                        .segment(
                                            "chatId",
                                            &::std::string::ToString::to_string(&self.chat_id),
                                        )?,
                                ],
                                true,
                            )?;
                            request = request.json(&self.body);
                            let response = exchange.execute(client, request.build()?).await?;
                            $crate::builder::SendMessage::dispatch(response).await
                        }
                    }
                    fn decode_path(
                        body: &[u8],
                    ) -> ::std::option::Option<(::std::string::String, ::std::string::String)> {
                        $crate::request::json_path::<
                            $crate::types::SendMessageResponse,
                        >(body)
                    }
                    fn output(
                        response: Self::Response,
                    ) -> ::std::result::Result<
                        Self::Output,
                        $crate::request::Unsuccessful,
                    > {
                        Ok(response)
                    }
                }
            }
            /// The `files` operations (generated from the spec). Public links to files Texter holds (message media).
            pub mod files {
                /// The `files` operations of a [`Texter`](crate::Texter): `texter.files()`.
                #[derive(Clone, Copy, Debug)]
                pub struct Files<'a> {
                    pub(crate) texter: &'a crate::Texter,
                }
                impl<'a> Files<'a> {
                    /// The client this handle calls with.
                    pub fn texter(&self) -> &'a crate::Texter {
                        self.texter
                    }
                    /// **Generate Public Media URL** — `POST /files/share/{fileId}`
                    ///
                    /// Creates a read-only public link to a file. Without `ttl` the link never expires. A new
                    /// link does not revoke older ones. The link lives under `/server/files/shared/{fileId}/{token}`,
                    /// outside the API base path.
                    ///
                    /// - Scopes: View all chats, View all files
                    /// - Idempotent: no: retried only when it provably did not reach Texter (could not connect, HTTP 408/429)
                    /// - Source: Texter's API reference
                    /// - `fileId` (path): one URL segment
                    /// - Body: [`ShareFileRequest`](texterchat_api::types::ShareFileRequest), checked against the spec before sending
                    ///
                    /// Returns a [`ShareFile`] builder; `.send().await` sends it.
                    pub fn share(
                        &self,
                        file_id: impl ::std::convert::Into<::std::string::String>,
                    ) -> ShareFile {
                        let texter = self.texter;
                        ShareFile {
                            texter: texter.clone(),
                            file_id: file_id.into(),
                            body: $crate::types::ShareFileRequest::new(),
                        }
                    }
                }
                /// A request of **Generate Public Media URL** (`shareFile`); see [`Files::share`].
                #[derive(Clone, Debug)]
                #[must_use = "a request does nothing until `.send().await`"]
                pub struct ShareFile {
                    texter: crate::Texter,
                    file_id: ::std::string::String,
                    body: $crate::types::ShareFileRequest,
                }
                impl ShareFile {
                    /// `ttl` (body): Lifetime of the link in seconds (10 s to 20 years). Omit for a link that never expires.
                    ///
                    /// Rule: 10 to 630720000.
                    pub fn ttl(mut self, value: impl ::std::convert::Into<i64>) -> Self {
                        self.body.ttl = Some(value.into());
                        self
                    }
                    /// The whole body ([`ShareFileRequest`](texterchat_api::types::ShareFileRequest)), replacing what the arguments and setters set.
                    pub fn replace_body(
                        mut self,
                        body: impl ::std::convert::Into<
                            $crate::types::ShareFileRequest,
                        >,
                    ) -> Self {
                        self.body = body.into();
                        self
                    }
                    /// Sends the request: scope check, validation, rate limit, timeout, retries.
                    /// (`.await` on the builder does the same, with the future boxed.)
                    pub async fn send(
                        self,
                    ) -> crate::Result<$crate::types::ShareLink> {
                        self.texter.execute(&self).await
                    }
                }
                impl ::std::future::IntoFuture for ShareFile {
                    type Output = crate::Result<$crate::types::ShareLink>;
                    type IntoFuture = ::std::pin::Pin<
                        ::std::boxed::Box<
                            dyn ::std::future::Future<Output = Self::Output> + Send,
                        >,
                    >;
                    fn into_future(self) -> Self::IntoFuture {
                        ::std::boxed::Box::pin(self.send())
                    }
                }
                impl $crate::request::Request for ShareFile {
                    const OPERATION: &'static $crate::catalog::Operation = &$crate::operations::SHARE_FILE;
                    type Response = $crate::types::ShareLink;
                    type Output = $crate::types::ShareLink;
                    fn validate(
                        &self,
                    ) -> ::std::result::Result<(), $crate::validation::Invalid> {
                        {
                            let v = &self.file_id;
                            $crate::validation::check_str(
                                "fileId",
                                v,
                                &$crate::schemas::SHARE_FILE_FILE_ID,
                            )?;
                        }
                        $crate::validation::check(
                            &$crate::request::wire(&self.body),
                            &$crate::schemas::SHARE_FILE_REQUEST,
                        )?;
                        Ok(())
                    }
                    fn send<'c>(
                        &'c self,
                        client: &'c $crate::Client,
                        exchange: &'c $crate::exchange::Exchange,
                    ) -> impl ::std::future::Future<
                        Output = ::std::result::Result<
                            $crate::ResponseValue<Self::Response>,
                            $crate::request::ApiError,
                        >,
                    > + Send + 'c {
                        async move {
                            #[allow(unused_mut)]
                            let mut request = $crate::exchange::request(
                                client,
                                Self::OPERATION,
                                $crate::exchange::Method::POST,
                                &[
                                    "/files/share/",
                                    &exchange
                                        .segment(
                                            "fileId",
                                            &::std::string::ToString::to_string(&self.file_id),
                                        )?,
                                ],
                                true,
                            )?;
                            request = request.json(&self.body);
                            let response = exchange.execute(client, request.build()?).await?;
                            $crate::builder::ShareFile::dispatch(response).await
                        }
                    }
                    fn decode_path(
                        body: &[u8],
                    ) -> ::std::option::Option<(::std::string::String, ::std::string::String)> {
                        $crate::request::json_path::<
                            $crate::types::ShareLink,
                        >(body)
                    }
                    fn output(
                        response: Self::Response,
                    ) -> ::std::result::Result<
                        Self::Output,
                        $crate::request::Unsuccessful,
                    > {
                        Ok(response)
                    }
                }
            }
            /// The `labels` operations (generated from the spec). The label catalog and the labels of a chat.
            pub mod labels {
                /// The `labels` operations of a [`Texter`](crate::Texter): `texter.labels()`.
                #[derive(Clone, Copy, Debug)]
                pub struct Labels<'a> {
                    pub(crate) texter: &'a crate::Texter,
                }
                impl<'a> Labels<'a> {
                    /// The client this handle calls with.
                    pub fn texter(&self) -> &'a crate::Texter {
                        self.texter
                    }
                    /// **Manage Labels in Chat** — `POST /chats/{chatId}/labels`
                    ///
                    /// Adds labels to, removes labels from, or replaces the labels of one chat. The body holds
                    /// exactly one of `add`, `remove` or `set`; `"set": []` clears every label. Texter's bot
                    /// documentation notes that the whole operation fails if any label id does not exist.
                    ///
                    /// - Scopes: Manage all chats
                    /// - Idempotent: yes: retried after timeouts, transport failures and HTTP 408/429/502/503/504
                    /// - Source: Texter's API reference
                    /// - `chatId` (path): one URL segment
                    /// - Body: [`UpdateChatLabelsRequest`](texterchat_api::types::UpdateChatLabelsRequest), checked against the spec before sending
                    ///
                    /// Returns a [`UpdateChatLabels`] builder; `.send().await` sends it.
                    pub fn change_in_chat(
                        &self,
                        chat_id: impl ::std::convert::Into<::std::string::String>,
                        body: impl ::std::convert::Into<
                            $crate::types::UpdateChatLabelsRequest,
                        >,
                    ) -> UpdateChatLabels {
                        let texter = self.texter;
                        UpdateChatLabels {
                            texter: texter.clone(),
                            chat_id: chat_id.into(),
                            body: body.into(),
                        }
                    }
                    /// **List All Labels** — `GET /labels`
                    ///
                    /// Lists the label catalog. Works with any valid token. Defaults of `limit` and `skip` are not documented.
                    ///
                    /// - Scopes: none (any valid token)
                    /// - Idempotent: yes: retried after timeouts, transport failures and HTTP 408/429/502/503/504
                    /// - Source: Texter's API reference
                    ///
                    /// Returns a [`ListLabels`] builder; `.send().await` sends it.
                    pub fn list(&self) -> ListLabels {
                        let texter = self.texter;
                        ListLabels {
                            texter: texter.clone(),
                            limit: None,
                            skip: None,
                        }
                    }
                    /// Every page of **List All Labels** (`listLabels`): `list(..).all()`.
                    pub fn list_all(
                        &self,
                    ) -> crate::pagination::Pages<
                        $crate::types::LabelsResponse,
                        $crate::types::Label,
                    > {
                        self.list().all()
                    }
                    /// **Create Label** — `POST /labels`
                    ///
                    /// Creates a label. What happens when the id already exists is not documented.
                    ///
                    /// - Scopes: Manage labels
                    /// - Idempotent: no: retried only when it provably did not reach Texter (could not connect, HTTP 408/429)
                    /// - Source: Texter's API reference
                    /// - `id` (body): required; 1 to 100 characters
                    /// - `name` (body): required; 1 to 100 characters
                    /// - Body: [`CreateLabelRequest`](texterchat_api::types::CreateLabelRequest), checked against the spec before sending
                    ///
                    /// Returns a [`CreateLabel`] builder; `.send().await` sends it.
                    pub fn create(
                        &self,
                        id: impl ::std::convert::Into<::std::string::String>,
                        name: impl ::std::convert::Into<::std::string::String>,
                    ) -> CreateLabel {
                        let texter = self.texter;
                        CreateLabel {
                            texter: texter.clone(),
                            body: $crate::types::CreateLabelRequest::new(id, name),
                        }
                    }
                    /// **Get Label Data** — `GET /labels/{labelId}`
                    ///
                    /// Returns one label. Works with any valid token.
                    ///
                    /// - Scopes: none (any valid token)
                    /// - Idempotent: yes: retried after timeouts, transport failures and HTTP 408/429/502/503/504
                    /// - Source: Texter's API reference
                    /// - `labelId` (path): one URL segment
                    ///
                    /// Returns a [`GetLabel`] builder; `.send().await` sends it.
                    pub fn get(
                        &self,
                        label_id: impl ::std::convert::Into<::std::string::String>,
                    ) -> GetLabel {
                        let texter = self.texter;
                        GetLabel {
                            texter: texter.clone(),
                            label_id: label_id.into(),
                        }
                    }
                    /// **Update Existing Label** — `PATCH /labels/{labelId}`
                    ///
                    /// Renames or recolors a label, system labels included. The id cannot change. The reference
                    /// page answers with the plain text `OK` (the operation index beside it says "200 Label"; the
                    /// endpoint page is the more specific source and is followed here).
                    ///
                    /// - Scopes: Manage labels
                    /// - Idempotent: yes: retried after timeouts, transport failures and HTTP 408/429/502/503/504
                    /// - Source: Texter's API reference
                    /// - `labelId` (path): one URL segment
                    /// - Body: [`UpdateLabelRequest`](texterchat_api::types::UpdateLabelRequest), checked against the spec before sending
                    ///
                    /// Returns a [`UpdateLabel`] builder; `.send().await` sends it.
                    pub fn update(
                        &self,
                        label_id: impl ::std::convert::Into<::std::string::String>,
                    ) -> UpdateLabel {
                        let texter = self.texter;
                        UpdateLabel {
                            texter: texter.clone(),
                            label_id: label_id.into(),
                            body: $crate::types::UpdateLabelRequest::new(),
                        }
                    }
                    /// **Delete Label** — `DELETE /labels/{labelId}`
                    ///
                    /// Inferred: the scope table says Manage labels can delete labels and the Label object page
                    /// says system labels cannot be deleted, but the endpoint page was not available. Method and
                    /// path follow Get/Update Label; the response body is unknown (probably the plain text `OK`)
                    /// and is ignored.
                    ///
                    /// - Scopes: Manage labels
                    /// - Idempotent: yes: retried after timeouts, transport failures and HTTP 408/429/502/503/504
                    /// - Source: **inferred**: documented to exist, method and path unverified
                    /// - `labelId` (path): one URL segment
                    ///
                    /// Returns a [`DeleteLabel`] builder; `.send().await` sends it.
                    pub fn delete(
                        &self,
                        label_id: impl ::std::convert::Into<::std::string::String>,
                    ) -> DeleteLabel {
                        let texter = self.texter;
                        DeleteLabel {
                            texter: texter.clone(),
                            label_id: label_id.into(),
                        }
                    }
                }
                /// A request of **Manage Labels in Chat** (`updateChatLabels`); see [`Labels::change_in_chat`].
                #[derive(Clone, Debug)]
                #[must_use = "a request does nothing until `.send().await`"]
                pub struct UpdateChatLabels {
                    texter: crate::Texter,
                    chat_id: ::std::string::String,
                    body: $crate::types::UpdateChatLabelsRequest,
                }
                impl UpdateChatLabels {
                    /// The whole body ([`UpdateChatLabelsRequest`](texterchat_api::types::UpdateChatLabelsRequest)), replacing what the arguments and setters set.
                    pub fn replace_body(
                        mut self,
                        body: impl ::std::convert::Into<
                            $crate::types::UpdateChatLabelsRequest,
                        >,
                    ) -> Self {
                        self.body = body.into();
                        self
                    }
                    /// Sends the request: scope check, validation, rate limit, timeout, retries.
                    /// (`.await` on the builder does the same, with the future boxed.)
                    pub async fn send(self) -> crate::Result<()> {
                        self.texter.execute(&self).await
                    }
                }
                impl ::std::future::IntoFuture for UpdateChatLabels {
                    type Output = crate::Result<()>;
                    type IntoFuture = ::std::pin::Pin<
                        ::std::boxed::Box<
                            dyn ::std::future::Future<Output = Self::Output> + Send,
                        >,
                    >;
                    fn into_future(self) -> Self::IntoFuture {
                        ::std::boxed::Box::pin(self.send())
                    }
                }
                impl $crate::request::Request for UpdateChatLabels {
                    const OPERATION: &'static $crate::catalog::Operation = &$crate::operations::UPDATE_CHAT_LABELS;
                    type Response = ();
                    type Output = ();
                    fn validate(
                        &self,
                    ) -> ::std::result::Result<(), $crate::validation::Invalid> {
                        {
                            let v = &self.chat_id;
                            $crate::validation::check_str(
                                "chatId",
                                v,
                                &$crate::schemas::UPDATE_CHAT_LABELS_CHAT_ID,
                            )?;
                        }
                        $crate::validation::check(
                            &$crate::request::wire(&self.body),
                            &$crate::schemas::UPDATE_CHAT_LABELS_REQUEST,
                        )?;
                        Ok(())
                    }
                    fn send<'c>(
                        &'c self,
                        client: &'c $crate::Client,
                        exchange: &'c $crate::exchange::Exchange,
                    ) -> impl ::std::future::Future<
                        Output = ::std::result::Result<
                            $crate::ResponseValue<Self::Response>,
                            $crate::request::ApiError,
                        >,
                    > + Send + 'c {
                        async move {
                            #[allow(unused_mut)]
                            let mut request = $crate::exchange::request(
                                client,
                                Self::OPERATION,
                                $crate::exchange::Method::POST,
                                &[
                                    "/chats/",
                                    &exchange
                                        .segment(
                                            "chatId",
                                            &::std::string::ToString::to_string(&self.chat_id),
                                        )?,
                                    "/labels",
                                ],
                                false,
                            )?;
                            request = request.json(&self.body);
                            let response = exchange.execute(client, request.build()?).await?;
                            $crate::request::drain(
                                    $crate::builder::UpdateChatLabels::dispatch(
                                            response,
                                        )
                                        .await?,
                                )
                                .await
                        }
                    }
                    fn decode_path(
                        body: &[u8],
                    ) -> ::std::option::Option<(::std::string::String, ::std::string::String)> {
                        $crate::request::no_path(body)
                    }
                    fn output(
                        response: Self::Response,
                    ) -> ::std::result::Result<
                        Self::Output,
                        $crate::request::Unsuccessful,
                    > {
                        Ok(response)
                    }
                }
                /// A request of **List All Labels** (`listLabels`); see [`Labels::list`].
                #[derive(Clone, Debug)]
                #[must_use = "a request does nothing until `.send().await`"]
                pub struct ListLabels {
                    texter: crate::Texter,
                    limit: ::std::option::Option<i64>,
                    skip: ::std::option::Option<i64>,
                }
                impl ListLabels {
                    /// `limit`: Maximum number of labels to return. Sent as a digit string.
                    ///
                    /// Rule: 1 to 10000.
                    pub fn limit(mut self, value: impl ::std::convert::Into<i64>) -> Self {
                        self.limit = Some(value.into());
                        self
                    }
                    /// `skip`: Number of labels to skip. Sent as a digit string.
                    ///
                    /// Rule: 0 to 100000.
                    pub fn skip(mut self, value: impl ::std::convert::Into<i64>) -> Self {
                        self.skip = Some(value.into());
                        self
                    }
                    /// Sends the request: scope check, validation, rate limit, timeout, retries.
                    /// (`.await` on the builder does the same, with the future boxed.)
                    pub async fn send(
                        self,
                    ) -> crate::Result<$crate::types::LabelsResponse> {
                        self.texter.execute(&self).await
                    }
                }
                impl ::std::future::IntoFuture for ListLabels {
                    type Output = crate::Result<$crate::types::LabelsResponse>;
                    type IntoFuture = ::std::pin::Pin<
                        ::std::boxed::Box<
                            dyn ::std::future::Future<Output = Self::Output> + Send,
                        >,
                    >;
                    fn into_future(self) -> Self::IntoFuture {
                        ::std::boxed::Box::pin(self.send())
                    }
                }
                impl $crate::request::Request for ListLabels {
                    const OPERATION: &'static $crate::catalog::Operation = &$crate::operations::LIST_LABELS;
                    type Response = $crate::types::LabelsResponse;
                    type Output = $crate::types::LabelsResponse;
                    fn validate(
                        &self,
                    ) -> ::std::result::Result<(), $crate::validation::Invalid> {
                        if let Some(v) = &self.limit {
                            $crate::validation::check_int(
                                "limit",
                                *v,
                                &$crate::schemas::LIST_LABELS_LIMIT,
                            )?;
                        }
                        if let Some(v) = &self.skip {
                            $crate::validation::check_int(
                                "skip",
                                *v,
                                &$crate::schemas::LIST_LABELS_SKIP,
                            )?;
                        }
                        Ok(())
                    }
                    fn send<'c>(
                        &'c self,
                        client: &'c $crate::Client,
                        exchange: &'c $crate::exchange::Exchange,
                    ) -> impl ::std::future::Future<
                        Output = ::std::result::Result<
                            $crate::ResponseValue<Self::Response>,
                            $crate::request::ApiError,
                        >,
                    > + Send + 'c {
                        async move {
                            #[allow(unused_mut)]
                            let mut request = $crate::exchange::request(
                                client,
                                Self::OPERATION,
                                $crate::exchange::Method::GET,
                                &["/labels"],
                                true,
                            )?;
                            if let Some(v) = &self.limit {
                                request = request
                                    .query(
                                        &$crate::exchange::QueryParam::new("limit", v),
                                    );
                            }
                            if let Some(v) = &self.skip {
                                request = request
                                    .query(
                                        &$crate::exchange::QueryParam::new("skip", v),
                                    );
                            }
                            let response = exchange.execute(client, request.build()?).await?;
                            $crate::builder::ListLabels::dispatch(response).await
                        }
                    }
                    fn decode_path(
                        body: &[u8],
                    ) -> ::std::option::Option<(::std::string::String, ::std::string::String)> {
                        $crate::request::json_path::<
                            $crate::types::LabelsResponse,
                        >(body)
                    }
                    fn output(
                        response: Self::Response,
                    ) -> ::std::result::Result<
                        Self::Output,
                        $crate::request::Unsuccessful,
                    > {
                        Ok(response)
                    }
                }
                impl crate::pagination::OffsetPaged for ListLabels {
                    type Item = $crate::types::Label;
                    fn with_page(mut self, limit: i64, skip: i64) -> Self {
                        self.limit = Some(limit);
                        self.skip = Some(skip);
                        self
                    }
                    fn page_size(&self) -> ::std::option::Option<i64> {
                        self.limit
                    }
                    fn first_skip(&self) -> ::std::option::Option<i64> {
                        self.skip
                    }
                    fn total(page: &Self::Output) -> ::std::option::Option<i64> {
                        page.total
                    }
                    fn items(page: &Self::Output) -> &[Self::Item] {
                        &page.labels
                    }
                    fn into_items(page: Self::Output) -> ::std::vec::Vec<Self::Item> {
                        page.labels
                    }
                    fn fetch(
                        self,
                    ) -> impl ::std::future::Future<
                        Output = crate::Result<Self::Output>,
                    > + Send {
                        self.send()
                    }
                }
                impl ListLabels {
                    /// Every page, from this request's `skip` on, with this request's filters;
                    /// `.items()` turns the pages into their items. Stops on an empty page or
                    /// once `total` is covered; a repeated page ends it with a pagination error.
                    pub fn all(
                        self,
                    ) -> crate::pagination::Pages<
                        $crate::types::LabelsResponse,
                        $crate::types::Label,
                    > {
                        crate::pagination::offset_pages(self)
                    }
                }
                /// A request of **Create Label** (`createLabel`); see [`Labels::create`].
                #[derive(Clone, Debug)]
                #[must_use = "a request does nothing until `.send().await`"]
                pub struct CreateLabel {
                    texter: crate::Texter,
                    body: $crate::types::CreateLabelRequest,
                }
                impl CreateLabel {
                    /// `color` (body): Full hex color.
                    ///
                    /// Rule: matches `^#[0-9A-Fa-f]{6}$`.
                    pub fn color(
                        mut self,
                        value: impl ::std::convert::Into<::std::string::String>,
                    ) -> Self {
                        self.body.color = Some(value.into());
                        self
                    }
                    /// The whole body ([`CreateLabelRequest`](texterchat_api::types::CreateLabelRequest)), replacing what the arguments and setters set.
                    pub fn replace_body(
                        mut self,
                        body: impl ::std::convert::Into<
                            $crate::types::CreateLabelRequest,
                        >,
                    ) -> Self {
                        self.body = body.into();
                        self
                    }
                    /// Sends the request: scope check, validation, rate limit, timeout, retries.
                    /// (`.await` on the builder does the same, with the future boxed.)
                    pub async fn send(self) -> crate::Result<$crate::types::Label> {
                        self.texter.execute(&self).await
                    }
                }
                impl ::std::future::IntoFuture for CreateLabel {
                    type Output = crate::Result<$crate::types::Label>;
                    type IntoFuture = ::std::pin::Pin<
                        ::std::boxed::Box<
                            dyn ::std::future::Future<Output = Self::Output> + Send,
                        >,
                    >;
                    fn into_future(self) -> Self::IntoFuture {
                        ::std::boxed::Box::pin(self.send())
                    }
                }
                impl $crate::request::Request for CreateLabel {
                    const OPERATION: &'static $crate::catalog::Operation = &$crate::operations::CREATE_LABEL;
                    type Response = $crate::types::Label;
                    type Output = $crate::types::Label;
                    fn validate(
                        &self,
                    ) -> ::std::result::Result<(), $crate::validation::Invalid> {
                        $crate::validation::check(
                            &$crate::request::wire(&self.body),
                            &$crate::schemas::CREATE_LABEL_REQUEST,
                        )?;
                        Ok(())
                    }
                    fn send<'c>(
                        &'c self,
                        client: &'c $crate::Client,
                        exchange: &'c $crate::exchange::Exchange,
                    ) -> impl ::std::future::Future<
                        Output = ::std::result::Result<
                            $crate::ResponseValue<Self::Response>,
                            $crate::request::ApiError,
                        >,
                    > + Send + 'c {
                        async move {
                            #[allow(unused_mut)]
                            let mut request = $crate::exchange::request(
                                client,
                                Self::OPERATION,
                                $crate::exchange::Method::POST,
                                &["/labels"],
                                true,
                            )?;
                            request = request.json(&self.body);
                            let response = exchange.execute(client, request.build()?).await?;
                            $crate::builder::CreateLabel::dispatch(response).await
                        }
                    }
                    fn decode_path(
                        body: &[u8],
                    ) -> ::std::option::Option<(::std::string::String, ::std::string::String)> {
                        $crate::request::json_path::<
                            $crate::types::Label,
                        >(body)
                    }
                    fn output(
                        response: Self::Response,
                    ) -> ::std::result::Result<
                        Self::Output,
                        $crate::request::Unsuccessful,
                    > {
                        Ok(response)
                    }
                }
                /// A request of **Get Label Data** (`getLabel`); see [`Labels::get`].
                #[derive(Clone, Debug)]
                #[must_use = "a request does nothing until `.send().await`"]
                pub struct GetLabel {
                    texter: crate::Texter,
                    label_id: ::std::string::String,
                }
                impl GetLabel {
                    /// Sends the request: scope check, validation, rate limit, timeout, retries.
                    /// (`.await` on the builder does the same, with the future boxed.)
                    pub async fn send(self) -> crate::Result<$crate::types::Label> {
                        self.texter.execute(&self).await
                    }
                }
                impl ::std::future::IntoFuture for GetLabel {
                    type Output = crate::Result<$crate::types::Label>;
                    type IntoFuture = ::std::pin::Pin<
                        ::std::boxed::Box<
                            dyn ::std::future::Future<Output = Self::Output> + Send,
                        >,
                    >;
                    fn into_future(self) -> Self::IntoFuture {
                        ::std::boxed::Box::pin(self.send())
                    }
                }
                impl $crate::request::Request for GetLabel {
                    const OPERATION: &'static $crate::catalog::Operation = &$crate::operations::GET_LABEL;
                    type Response = $crate::types::Label;
                    type Output = $crate::types::Label;
                    fn validate(
                        &self,
                    ) -> ::std::result::Result<(), $crate::validation::Invalid> {
                        {
                            let v = &self.label_id;
                            $crate::validation::check_str(
                                "labelId",
                                v,
                                &$crate::schemas::GET_LABEL_LABEL_ID,
                            )?;
                        }
                        Ok(())
                    }
                    fn send<'c>(
                        &'c self,
                        client: &'c $crate::Client,
                        exchange: &'c $crate::exchange::Exchange,
                    ) -> impl ::std::future::Future<
                        Output = ::std::result::Result<
                            $crate::ResponseValue<Self::Response>,
                            $crate::request::ApiError,
                        >,
                    > + Send + 'c {
                        async move {
                            #[allow(unused_mut)]
                            let mut request = $crate::exchange::request(
                                client,
                                Self::OPERATION,
                                $crate::exchange::Method::GET,
                                &[
                                    "/labels/",
                                    &exchange
                                        .segment(
                                            "labelId",
                                            &::std::string::ToString::to_string(&self.label_id),
                                        )?,
                                ],
                                true,
                            )?;
                            let response = exchange.execute(client, request.build()?).await?;
                            $crate::builder::GetLabel::dispatch(response).await
                        }
                    }
                    fn decode_path(
                        body: &[u8],
                    ) -> ::std::option::Option<(::std::string::String, ::std::string::String)> {
                        $crate::request::json_path::<
                            $crate::types::Label,
                        >(body)
                    }
                    fn output(
                        response: Self::Response,
                    ) -> ::std::result::Result<
                        Self::Output,
                        $crate::request::Unsuccessful,
                    > {
                        Ok(response)
                    }
                }
                /// A request of **Update Existing Label** (`updateLabel`); see [`Labels::update`].
                #[derive(Clone, Debug)]
                #[must_use = "a request does nothing until `.send().await`"]
                pub struct UpdateLabel {
                    texter: crate::Texter,
                    label_id: ::std::string::String,
                    body: $crate::types::UpdateLabelRequest,
                }
                impl UpdateLabel {
                    /// `color` (body): Full hex color.
                    ///
                    /// Rule: matches `^#[0-9A-Fa-f]{6}$`.
                    pub fn color(
                        mut self,
                        value: impl ::std::convert::Into<::std::string::String>,
                    ) -> Self {
                        self.body.color = Some(value.into());
                        self
                    }
                    /// `name` (body):
                    ///
                    /// Rule: 1 to 100 characters.
                    pub fn name(
                        mut self,
                        value: impl ::std::convert::Into<::std::string::String>,
                    ) -> Self {
                        self.body.name = Some(value.into());
                        self
                    }
                    /// The whole body ([`UpdateLabelRequest`](texterchat_api::types::UpdateLabelRequest)), replacing what the arguments and setters set.
                    pub fn replace_body(
                        mut self,
                        body: impl ::std::convert::Into<
                            $crate::types::UpdateLabelRequest,
                        >,
                    ) -> Self {
                        self.body = body.into();
                        self
                    }
                    /// Sends the request: scope check, validation, rate limit, timeout, retries.
                    /// (`.await` on the builder does the same, with the future boxed.)
                    pub async fn send(self) -> crate::Result<()> {
                        self.texter.execute(&self).await
                    }
                }
                impl ::std::future::IntoFuture for UpdateLabel {
                    type Output = crate::Result<()>;
                    type IntoFuture = ::std::pin::Pin<
                        ::std::boxed::Box<
                            dyn ::std::future::Future<Output = Self::Output> + Send,
                        >,
                    >;
                    fn into_future(self) -> Self::IntoFuture {
                        ::std::boxed::Box::pin(self.send())
                    }
                }
                impl $crate::request::Request for UpdateLabel {
                    const OPERATION: &'static $crate::catalog::Operation = &$crate::operations::UPDATE_LABEL;
                    type Response = ();
                    type Output = ();
                    fn validate(
                        &self,
                    ) -> ::std::result::Result<(), $crate::validation::Invalid> {
                        {
                            let v = &self.label_id;
                            $crate::validation::check_str(
                                "labelId",
                                v,
                                &$crate::schemas::UPDATE_LABEL_LABEL_ID,
                            )?;
                        }
                        $crate::validation::check(
                            &$crate::request::wire(&self.body),
                            &$crate::schemas::UPDATE_LABEL_REQUEST,
                        )?;
                        Ok(())
                    }
                    fn send<'c>(
                        &'c self,
                        client: &'c $crate::Client,
                        exchange: &'c $crate::exchange::Exchange,
                    ) -> impl ::std::future::Future<
                        Output = ::std::result::Result<
                            $crate::ResponseValue<Self::Response>,
                            $crate::request::ApiError,
                        >,
                    > + Send + 'c {
                        async move {
                            #[allow(unused_mut)]
                            let mut request = $crate::exchange::request(
                                client,
                                Self::OPERATION,
                                $crate::exchange::Method::PATCH,
                                &[
                                    "/labels/",
                                    &exchange
                                        .segment(
                                            "labelId",
                                            &::std::string::ToString::to_string(&self.label_id),
                                        )?,
                                ],
                                false,
                            )?;
                            request = request.json(&self.body);
                            let response = exchange.execute(client, request.build()?).await?;
                            $crate::request::drain(
                                    $crate::builder::UpdateLabel::dispatch(response)
                                        .await?,
                                )
                                .await
                        }
                    }
                    fn decode_path(
                        body: &[u8],
                    ) -> ::std::option::Option<(::std::string::String, ::std::string::String)> {
                        $crate::request::no_path(body)
                    }
                    fn output(
                        response: Self::Response,
                    ) -> ::std::result::Result<
                        Self::Output,
                        $crate::request::Unsuccessful,
                    > {
                        Ok(response)
                    }
                }
                /// A request of **Delete Label** (`deleteLabel`); see [`Labels::delete`].
                #[derive(Clone, Debug)]
                #[must_use = "a request does nothing until `.send().await`"]
                pub struct DeleteLabel {
                    texter: crate::Texter,
                    label_id: ::std::string::String,
                }
                impl DeleteLabel {
                    /// Sends the request: scope check, validation, rate limit, timeout, retries.
                    /// (`.await` on the builder does the same, with the future boxed.)
                    pub async fn send(self) -> crate::Result<()> {
                        self.texter.execute(&self).await
                    }
                }
                impl ::std::future::IntoFuture for DeleteLabel {
                    type Output = crate::Result<()>;
                    type IntoFuture = ::std::pin::Pin<
                        ::std::boxed::Box<
                            dyn ::std::future::Future<Output = Self::Output> + Send,
                        >,
                    >;
                    fn into_future(self) -> Self::IntoFuture {
                        ::std::boxed::Box::pin(self.send())
                    }
                }
                impl $crate::request::Request for DeleteLabel {
                    const OPERATION: &'static $crate::catalog::Operation = &$crate::operations::DELETE_LABEL;
                    type Response = ();
                    type Output = ();
                    fn validate(
                        &self,
                    ) -> ::std::result::Result<(), $crate::validation::Invalid> {
                        {
                            let v = &self.label_id;
                            $crate::validation::check_str(
                                "labelId",
                                v,
                                &$crate::schemas::DELETE_LABEL_LABEL_ID,
                            )?;
                        }
                        Ok(())
                    }
                    fn send<'c>(
                        &'c self,
                        client: &'c $crate::Client,
                        exchange: &'c $crate::exchange::Exchange,
                    ) -> impl ::std::future::Future<
                        Output = ::std::result::Result<
                            $crate::ResponseValue<Self::Response>,
                            $crate::request::ApiError,
                        >,
                    > + Send + 'c {
                        async move {
                            #[allow(unused_mut)]
                            let mut request = $crate::exchange::request(
                                client,
                                Self::OPERATION,
                                $crate::exchange::Method::DELETE,
                                &[
                                    "/labels/",
                                    &exchange
                                        .segment(
                                            "labelId",
                                            &::std::string::ToString::to_string(&self.label_id),
                                        )?,
                                ],
                                true,
                            )?;
                            let response = exchange.execute(client, request.build()?).await?;
                            $crate::builder::DeleteLabel::dispatch(response).await
                        }
                    }
                    fn decode_path(
                        body: &[u8],
                    ) -> ::std::option::Option<(::std::string::String, ::std::string::String)> {
                        $crate::request::no_path(body)
                    }
                    fn output(
                        response: Self::Response,
                    ) -> ::std::result::Result<
                        Self::Output,
                        $crate::request::Unsuccessful,
                    > {
                        Ok(response)
                    }
                }
            }
            /// The `templates` operations (generated from the spec). WhatsApp template messages - send them, and create, localize, submit, update and delete them.
            pub mod templates {
                /// The `templates` operations of a [`Texter`](crate::Texter): `texter.templates()`.
                #[derive(Clone, Copy, Debug)]
                pub struct Templates<'a> {
                    pub(crate) texter: &'a crate::Texter,
                }
                impl<'a> Templates<'a> {
                    /// The client this handle calls with.
                    pub fn texter(&self) -> &'a crate::Texter {
                        self.texter
                    }
                    /// **Send Template Message** — `POST /whatsapp/templates/send`
                    ///
                    /// Sends an approved template to one recipient, with optional variables, header media, chat
                    /// updates and after-reply behaviour. If the recipient unsubscribed from template messages
                    /// nothing is sent and the answer is still HTTP 200, with `success: false` and an explanatory
                    /// text (for example "Recipient unsubscribed from template messages on ...").
                    ///
                    /// - Scopes: Send template messages
                    /// - Idempotent: no: retried only when it provably did not reach Texter (could not connect, HTTP 408/429)
                    /// - Source: Texter's API reference
                    /// - `templateName` (body): required; matches `^[a-zA-Z0-9_-]+$`
                    /// - `to` (body): required; matches `^[ ().\u00a0-]*(?:\+|00)?[ ().\u00a0-]*(?:[0-9][ ().\u00a0-]*){8,15}$`
                    /// - Body: [`SendTemplateRequest`](texterchat_api::types::SendTemplateRequest), checked against the spec before sending
                    ///
                    /// Returns a [`SendTemplate`] builder; `.send().await` sends it.
                    pub fn send(
                        &self,
                        template_name: impl ::std::convert::Into<::std::string::String>,
                        to: impl ::std::convert::Into<::std::string::String>,
                    ) -> SendTemplate {
                        let texter = self.texter;
                        SendTemplate {
                            texter: texter.clone(),
                            body: $crate::types::SendTemplateRequest::new(
                                template_name,
                                to,
                            ),
                        }
                    }
                    /// **List All Templates** — `GET /whatsapp/templates`
                    ///
                    /// Lists templates: approved ones by default, every one with `includeAll=true`. There is no
                    /// pagination. The reference also documents a header filter and a real-time WhatsApp sync
                    /// flag (which needs `accountId`), but their names were not readable; they are not modelled.
                    ///
                    /// - Scopes: View template messages
                    /// - Idempotent: yes: retried after timeouts, transport failures and HTTP 408/429/502/503/504
                    /// - Source: Texter's API reference
                    ///
                    /// Returns a [`ListTemplates`] builder; `.send().await` sends it.
                    pub fn list(&self) -> ListTemplates {
                        let texter = self.texter;
                        ListTemplates {
                            texter: texter.clone(),
                            account_id: None,
                            include_all: None,
                        }
                    }
                    /// **Create New Template** — `POST /whatsapp/templates/{accountId}`
                    ///
                    /// Step 1 of 3 (create, localize, submit): creates the Texter side of a template, not yet
                    /// known to WhatsApp. Texter's admin sync can delete a template that has no localization
                    /// draft and that WhatsApp does not know, so localize and submit right after creating. The
                    /// HTTP status of success (200 or 201) is not documented; any 2xx is accepted.
                    ///
                    /// - Scopes: Manage WhatsApp templates
                    /// - Idempotent: no: retried only when it provably did not reach Texter (could not connect, HTTP 408/429)
                    /// - Source: Texter's API reference
                    /// - `accountId` (path): one URL segment
                    /// - `title` (body): required
                    /// - `category` (body): required
                    /// - `chatStatus` (body): required; at most 3
                    /// - `usage` (body): required
                    /// - Body: [`CreateTemplateRequest`](texterchat_api::types::CreateTemplateRequest), checked against the spec before sending
                    ///
                    /// Returns a [`CreateTemplate`] builder; `.send().await` sends it.
                    pub fn create(
                        &self,
                        account_id: impl ::std::convert::Into<::std::string::String>,
                        title: impl ::std::convert::Into<::std::string::String>,
                        category: impl ::std::convert::Into<
                            $crate::enums::TemplateCategory,
                        >,
                        chat_status: impl ::std::convert::Into<
                            $crate::enums::ChatStatus,
                        >,
                        usage: impl ::std::convert::Into<$crate::enums::TemplateUsage>,
                    ) -> CreateTemplate {
                        let texter = self.texter;
                        CreateTemplate {
                            texter: texter.clone(),
                            account_id: account_id.into(),
                            body: $crate::types::CreateTemplateRequest::new(
                                title,
                                category,
                                chat_status,
                                usage,
                            ),
                        }
                    }
                    /// **Update Existing Template** — `PATCH /whatsapp/templates/{accountId}/{templateName}`
                    ///
                    /// Changes the Texter-side behaviour of a template. Everything set at creation can change except `name` and `category`.
                    ///
                    /// - Scopes: Manage WhatsApp templates
                    /// - Idempotent: yes: retried after timeouts, transport failures and HTTP 408/429/502/503/504
                    /// - Source: Texter's API reference
                    /// - `accountId` (path): one URL segment
                    /// - `templateName` (path): one URL segment
                    /// - Body: [`UpdateTemplateRequest`](texterchat_api::types::UpdateTemplateRequest), checked against the spec before sending
                    ///
                    /// Returns a [`UpdateTemplate`] builder; `.send().await` sends it.
                    pub fn update(
                        &self,
                        account_id: impl ::std::convert::Into<::std::string::String>,
                        template_name: impl ::std::convert::Into<::std::string::String>,
                    ) -> UpdateTemplate {
                        let texter = self.texter;
                        UpdateTemplate {
                            texter: texter.clone(),
                            account_id: account_id.into(),
                            template_name: template_name.into(),
                            body: $crate::types::UpdateTemplateRequest::new(),
                        }
                    }
                    /// **Delete Template** — `DELETE /whatsapp/templates/{accountId}/{templateName}`
                    ///
                    /// Deletes a template. Whether it is also deleted at WhatsApp is not documented.
                    ///
                    /// - Scopes: Manage WhatsApp templates
                    /// - Idempotent: yes: retried after timeouts, transport failures and HTTP 408/429/502/503/504
                    /// - Source: Texter's API reference
                    /// - `accountId` (path): one URL segment
                    /// - `templateName` (path): one URL segment
                    ///
                    /// Returns a [`DeleteTemplate`] builder; `.send().await` sends it.
                    pub fn delete(
                        &self,
                        account_id: impl ::std::convert::Into<::std::string::String>,
                        template_name: impl ::std::convert::Into<::std::string::String>,
                    ) -> DeleteTemplate {
                        let texter = self.texter;
                        DeleteTemplate {
                            texter: texter.clone(),
                            account_id: account_id.into(),
                            template_name: template_name.into(),
                        }
                    }
                    /// **Create or Update Localization** — `POST /whatsapp/templates/{accountId}/{templateName}/localizations`
                    ///
                    /// Step 2 of 3: sets the WhatsApp-facing content of one language as a draft (it appears under
                    /// `localizationDrafts`). Not allowed on a template already submitted: create a new template
                    /// instead.
                    ///
                    /// - Scopes: Manage WhatsApp templates
                    /// - Idempotent: yes: retried after timeouts, transport failures and HTTP 408/429/502/503/504
                    /// - Source: Texter's API reference
                    /// - `accountId` (path): one URL segment
                    /// - `templateName` (path): one URL segment
                    /// - `language` (body): required; at least 1 character
                    /// - `components` (body): required; at least 1 item
                    /// - Body: [`TemplateLocalizationRequest`](texterchat_api::types::TemplateLocalizationRequest), checked against the spec before sending
                    ///
                    /// Returns a [`UpsertTemplateLocalization`] builder; `.send().await` sends it.
                    pub fn upsert_localization(
                        &self,
                        account_id: impl ::std::convert::Into<::std::string::String>,
                        template_name: impl ::std::convert::Into<::std::string::String>,
                        language: impl ::std::convert::Into<::std::string::String>,
                        components: impl ::std::convert::Into<
                            ::std::vec::Vec<$crate::types::TemplateComponent>,
                        >,
                    ) -> UpsertTemplateLocalization {
                        let texter = self.texter;
                        UpsertTemplateLocalization {
                            texter: texter.clone(),
                            account_id: account_id.into(),
                            template_name: template_name.into(),
                            body: $crate::types::TemplateLocalizationRequest::new(
                                language,
                                components,
                            ),
                        }
                    }
                    /// **Submit Template for Approval** — `POST /whatsapp/templates/{accountId}/{templateName}/localizations/{language}/submit`
                    ///
                    /// Step 3 of 3, once per localization: submits the draft to WhatsApp. The localization moves
                    /// to `provider_template.localizations` with status REQUESTED. Approval usually takes seconds,
                    /// rarely up to 24 hours; WhatsApp may reject it or change its category. No request body.
                    ///
                    /// - Scopes: Manage WhatsApp templates
                    /// - Idempotent: no: retried only when it provably did not reach Texter (could not connect, HTTP 408/429)
                    /// - Source: Texter's own code (not the reference)
                    /// - `accountId` (path): one URL segment
                    /// - `templateName` (path): one URL segment
                    /// - `language` (path): one URL segment
                    ///
                    /// Returns a [`SubmitTemplateLocalization`] builder; `.send().await` sends it.
                    pub fn submit(
                        &self,
                        account_id: impl ::std::convert::Into<::std::string::String>,
                        template_name: impl ::std::convert::Into<::std::string::String>,
                        language: impl ::std::convert::Into<::std::string::String>,
                    ) -> SubmitTemplateLocalization {
                        let texter = self.texter;
                        SubmitTemplateLocalization {
                            texter: texter.clone(),
                            account_id: account_id.into(),
                            template_name: template_name.into(),
                            language: language.into(),
                        }
                    }
                }
                /// A request of **Send Template Message** (`sendTemplate`); see [`Templates::send`].
                #[derive(Clone, Debug)]
                #[must_use = "a request does nothing until `.send().await`"]
                pub struct SendTemplate {
                    texter: crate::Texter,
                    body: $crate::types::SendTemplateRequest,
                }
                impl SendTemplate {
                    /// `body` (body): Values for `{{1}}`, `{{2}}`, … in order; required when the body has variables. Values
                    /// may not contain line breaks, tabs or five consecutive spaces.
                    pub fn body<I, V>(mut self, values: I) -> Self
                    where
                        I: ::std::iter::IntoIterator<Item = V>,
                        V: ::std::convert::Into<::std::string::String>,
                    {
                        self.body.body = Some(
                            values.into_iter().map(::std::convert::Into::into).collect(),
                        );
                        self
                    }
                    /// `buttons` (body): Button payload values; required when a URL button has a variable or the template was
                    /// built with a Flow form. URL-encode non-English URL values. Item shape not readable.
                    pub fn buttons<I, V>(mut self, values: I) -> Self
                    where
                        I: ::std::iter::IntoIterator<Item = V>,
                        V: ::std::convert::Into<
                            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                        >,
                    {
                        self.body.buttons = Some(
                            values.into_iter().map(::std::convert::Into::into).collect(),
                        );
                        self
                    }
                    /// `from` (body): Sender WhatsApp account number; the default channel when omitted and several exist.
                    ///
                    /// Rule: at least 1 character.
                    pub fn from(
                        mut self,
                        value: impl ::std::convert::Into<::std::string::String>,
                    ) -> Self {
                        self.body.from = Some(value.into());
                        self
                    }
                    /// `header` (body).
                    pub fn header(
                        mut self,
                        value: impl ::std::convert::Into<
                            $crate::types::SendTemplateHeader,
                        >,
                    ) -> Self {
                        self.body.header = Some(value.into());
                        self
                    }
                    /// `language` (body): Localization to send (e.g. `en`, `he`); chosen automatically when the template has one.
                    ///
                    /// Rule: at least 1 character.
                    pub fn language(
                        mut self,
                        value: impl ::std::convert::Into<::std::string::String>,
                    ) -> Self {
                        self.body.language = Some(value.into());
                        self
                    }
                    /// `replyAction` (body): Behaviour after the recipient replies, overriding the template defaults. Its fields
                    /// were not readable; the chat's armed `replyAction` uses chatStatus, setBotNode, bot,
                    /// replyText, responsibleAgent and responsibleDepartment (inferred to apply here).
                    pub fn reply_action(
                        mut self,
                        value: impl ::std::convert::Into<
                            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                        >,
                    ) -> Self {
                        self.body.reply_action = Some(value.into());
                        self
                    }
                    /// `sessionMessage` (body): Send as an ordinary session message instead when the 24-hour window is open. Its fields were not readable.
                    pub fn session_message(
                        mut self,
                        value: impl ::std::convert::Into<
                            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                        >,
                    ) -> Self {
                        self.body.session_message = Some(value.into());
                        self
                    }
                    /// `setChat` (body): Data written to the chat on send. Its fields were not readable.
                    pub fn set_chat(
                        mut self,
                        value: impl ::std::convert::Into<
                            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                        >,
                    ) -> Self {
                        self.body.set_chat = Some(value.into());
                        self
                    }
                    /// The whole body ([`SendTemplateRequest`](texterchat_api::types::SendTemplateRequest)), replacing what the arguments and setters set.
                    pub fn replace_body(
                        mut self,
                        body: impl ::std::convert::Into<
                            $crate::types::SendTemplateRequest,
                        >,
                    ) -> Self {
                        self.body = body.into();
                        self
                    }
                    /// Sends the request: scope check, validation, rate limit, timeout, retries.
                    /// (`.await` on the builder does the same, with the future boxed.)
                    pub async fn send(
                        self,
                    ) -> crate::Result<crate::templates::TemplateSendOutcome> {
                        self.texter.execute(&self).await
                    }
                }
                impl ::std::future::IntoFuture for SendTemplate {
                    type Output = crate::Result<crate::templates::TemplateSendOutcome>;
                    type IntoFuture = ::std::pin::Pin<
                        ::std::boxed::Box<
                            dyn ::std::future::Future<Output = Self::Output> + Send,
                        >,
                    >;
                    fn into_future(self) -> Self::IntoFuture {
                        ::std::boxed::Box::pin(self.send())
                    }
                }
                impl $crate::request::Request for SendTemplate {
                    const OPERATION: &'static $crate::catalog::Operation = &$crate::operations::SEND_TEMPLATE;
                    type Response = $crate::types::SendTemplateResponse;
                    type Output = crate::templates::TemplateSendOutcome;
                    fn validate(
                        &self,
                    ) -> ::std::result::Result<(), $crate::validation::Invalid> {
                        $crate::validation::check(
                            &$crate::request::wire(&self.body),
                            &$crate::schemas::SEND_TEMPLATE_REQUEST,
                        )?;
                        Ok(())
                    }
                    fn send<'c>(
                        &'c self,
                        client: &'c $crate::Client,
                        exchange: &'c $crate::exchange::Exchange,
                    ) -> impl ::std::future::Future<
                        Output = ::std::result::Result<
                            $crate::ResponseValue<Self::Response>,
                            $crate::request::ApiError,
                        >,
                    > + Send + 'c {
                        async move {
                            #[allow(unused_mut)]
                            let mut request = $crate::exchange::request(
                                client,
                                Self::OPERATION,
                                $crate::exchange::Method::POST,
                                &["/whatsapp/templates/send"],
                                true,
                            )?;
                            request = request.json(&self.body);
                            let response = exchange.execute(client, request.build()?).await?;
                            $crate::builder::SendTemplate::dispatch(response).await
                        }
                    }
                    fn decode_path(
                        body: &[u8],
                    ) -> ::std::option::Option<(::std::string::String, ::std::string::String)> {
                        $crate::request::json_path::<
                            $crate::types::SendTemplateResponse,
                        >(body)
                    }
                    fn output(
                        response: Self::Response,
                    ) -> ::std::result::Result<
                        Self::Output,
                        $crate::request::Unsuccessful,
                    > {
                        Ok(::std::convert::From::from(response))
                    }
                }
                /// A request of **List All Templates** (`listTemplates`); see [`Templates::list`].
                #[derive(Clone, Debug)]
                #[must_use = "a request does nothing until `.send().await`"]
                pub struct ListTemplates {
                    texter: crate::Texter,
                    account_id: ::std::option::Option<::std::string::String>,
                    include_all: ::std::option::Option<bool>,
                }
                impl ListTemplates {
                    /// `accountId`: Only templates of this channel account (for WhatsApp, the business phone number).
                    ///
                    /// Rule: at least 1 character.
                    pub fn account_id(
                        mut self,
                        value: impl ::std::convert::Into<::std::string::String>,
                    ) -> Self {
                        self.account_id = Some(value.into());
                        self
                    }
                    /// `includeAll`: Also return pending and rejected templates.
                    pub fn include_all(
                        mut self,
                        value: impl ::std::convert::Into<bool>,
                    ) -> Self {
                        self.include_all = Some(value.into());
                        self
                    }
                    /// Sends the request: scope check, validation, rate limit, timeout, retries.
                    /// (`.await` on the builder does the same, with the future boxed.)
                    pub async fn send(
                        self,
                    ) -> crate::Result<::std::vec::Vec<$crate::types::Template>> {
                        self.texter.execute(&self).await
                    }
                }
                impl ::std::future::IntoFuture for ListTemplates {
                    type Output = crate::Result<
                        ::std::vec::Vec<$crate::types::Template>,
                    >;
                    type IntoFuture = ::std::pin::Pin<
                        ::std::boxed::Box<
                            dyn ::std::future::Future<Output = Self::Output> + Send,
                        >,
                    >;
                    fn into_future(self) -> Self::IntoFuture {
                        ::std::boxed::Box::pin(self.send())
                    }
                }
                impl $crate::request::Request for ListTemplates {
                    const OPERATION: &'static $crate::catalog::Operation = &$crate::operations::LIST_TEMPLATES;
                    type Response = ::std::vec::Vec<$crate::types::Template>;
                    type Output = ::std::vec::Vec<$crate::types::Template>;
                    fn validate(
                        &self,
                    ) -> ::std::result::Result<(), $crate::validation::Invalid> {
                        if let Some(v) = &self.account_id {
                            $crate::validation::check_str(
                                "accountId",
                                v,
                                &$crate::schemas::LIST_TEMPLATES_ACCOUNT_ID,
                            )?;
                        }
                        Ok(())
                    }
                    fn send<'c>(
                        &'c self,
                        client: &'c $crate::Client,
                        exchange: &'c $crate::exchange::Exchange,
                    ) -> impl ::std::future::Future<
                        Output = ::std::result::Result<
                            $crate::ResponseValue<Self::Response>,
                            $crate::request::ApiError,
                        >,
                    > + Send + 'c {
                        async move {
                            #[allow(unused_mut)]
                            let mut request = $crate::exchange::request(
                                client,
                                Self::OPERATION,
                                $crate::exchange::Method::GET,
                                &["/whatsapp/templates"],
                                true,
                            )?;
                            if let Some(v) = &self.account_id {
                                request = request
                                    .query(
                                        &$crate::exchange::QueryParam::new("accountId", v),
                                    );
                            }
                            if let Some(v) = &self.include_all {
                                request = request
                                    .query(
                                        &$crate::exchange::QueryParam::new(
                                            "includeAll",
                                            v,
                                        ),
                                    );
                            }
                            let response = exchange.execute(client, request.build()?).await?;
                            $crate::builder::ListTemplates::dispatch(response).await
                        }
                    }
                    fn decode_path(
                        body: &[u8],
                    ) -> ::std::option::Option<(::std::string::String, ::std::string::String)> {
                        $crate::request::json_path::<
                            ::std::vec::Vec<$crate::types::Template>,
                        >(body)
                    }
                    fn output(
                        response: Self::Response,
                    ) -> ::std::result::Result<
                        Self::Output,
                        $crate::request::Unsuccessful,
                    > {
                        Ok(response)
                    }
                }
                /// A request of **Create New Template** (`createTemplate`); see [`Templates::create`].
                #[derive(Clone, Debug)]
                #[must_use = "a request does nothing until `.send().await`"]
                pub struct CreateTemplate {
                    texter: crate::Texter,
                    account_id: ::std::string::String,
                    body: $crate::types::CreateTemplateRequest,
                }
                impl CreateTemplate {
                    /// `departments` (body): Department ids that may use the template.
                    pub fn departments<I, V>(mut self, values: I) -> Self
                    where
                        I: ::std::iter::IntoIterator<Item = V>,
                        V: ::std::convert::Into<::std::string::String>,
                    {
                        self.body.departments = Some(
                            values.into_iter().map(::std::convert::Into::into).collect(),
                        );
                        self
                    }
                    /// `isDefault` (body): Make it the account's default template.
                    pub fn is_default(mut self, value: impl ::std::convert::Into<bool>) -> Self {
                        self.body.is_default = Some(value.into());
                        self
                    }
                    /// `name` (body): The template name (letters, digits, underscore; unique per account). Generated when omitted.
                    ///
                    /// Rule: matches `^[a-zA-Z0-9_]+$`.
                    pub fn name(
                        mut self,
                        value: impl ::std::convert::Into<::std::string::String>,
                    ) -> Self {
                        self.body.name = Some(value.into());
                        self
                    }
                    /// `replyText` (body): Inferred - accepted by Update Existing Template and sent on create by Texter's import tool.
                    pub fn reply_text(
                        mut self,
                        value: impl ::std::convert::Into<::std::string::String>,
                    ) -> Self {
                        self.body.reply_text = Some(value.into());
                        self
                    }
                    /// `responsibleAgent` (body): Inferred - accepted by Update Existing Template and sent on create by Texter's import tool.
                    pub fn responsible_agent(
                        mut self,
                        value: impl ::std::convert::Into<::std::string::String>,
                    ) -> Self {
                        self.body.responsible_agent = Some(value.into());
                        self
                    }
                    /// `responsibleDepartment` (body): Inferred - accepted by Update Existing Template and sent on create by Texter's import tool.
                    pub fn responsible_department(
                        mut self,
                        value: impl ::std::convert::Into<::std::string::String>,
                    ) -> Self {
                        self.body.responsible_department = Some(value.into());
                        self
                    }
                    /// `setBotNode` (body): With chatStatus 0 (BOT), the bot node to start from on reply.
                    pub fn set_bot_node(
                        mut self,
                        value: impl ::std::convert::Into<::std::string::String>,
                    ) -> Self {
                        self.body.set_bot_node = Some(value.into());
                        self
                    }
                    /// The whole body ([`CreateTemplateRequest`](texterchat_api::types::CreateTemplateRequest)), replacing what the arguments and setters set.
                    pub fn replace_body(
                        mut self,
                        body: impl ::std::convert::Into<
                            $crate::types::CreateTemplateRequest,
                        >,
                    ) -> Self {
                        self.body = body.into();
                        self
                    }
                    /// Sends the request: scope check, validation, rate limit, timeout, retries.
                    /// (`.await` on the builder does the same, with the future boxed.)
                    pub async fn send(self) -> crate::Result<$crate::types::Template> {
                        self.texter.execute(&self).await
                    }
                }
                impl ::std::future::IntoFuture for CreateTemplate {
                    type Output = crate::Result<$crate::types::Template>;
                    type IntoFuture = ::std::pin::Pin<
                        ::std::boxed::Box<
                            dyn ::std::future::Future<Output = Self::Output> + Send,
                        >,
                    >;
                    fn into_future(self) -> Self::IntoFuture {
                        ::std::boxed::Box::pin(self.send())
                    }
                }
                impl $crate::request::Request for CreateTemplate {
                    const OPERATION: &'static $crate::catalog::Operation = &$crate::operations::CREATE_TEMPLATE;
                    type Response = $crate::types::Template;
                    type Output = $crate::types::Template;
                    fn validate(
                        &self,
                    ) -> ::std::result::Result<(), $crate::validation::Invalid> {
                        {
                            let v = &self.account_id;
                            $crate::validation::check_str(
                                "accountId",
                                v,
                                &$crate::schemas::CREATE_TEMPLATE_ACCOUNT_ID,
                            )?;
                        }
                        $crate::validation::check(
                            &$crate::request::wire(&self.body),
                            &$crate::schemas::CREATE_TEMPLATE_REQUEST,
                        )?;
                        Ok(())
                    }
                    fn send<'c>(
                        &'c self,
                        client: &'c $crate::Client,
                        exchange: &'c $crate::exchange::Exchange,
                    ) -> impl ::std::future::Future<
                        Output = ::std::result::Result<
                            $crate::ResponseValue<Self::Response>,
                            $crate::request::ApiError,
                        >,
                    > + Send + 'c {
                        async move {
                            #[allow(unused_mut)]
                            let mut request = $crate::exchange::request(
                                client,
                                Self::OPERATION,
                                $crate::exchange::Method::POST,
                                &[
                                    "/whatsapp/templates/",
                                    &exchange
                                        .segment(
                                            "accountId",
                                            &::std::string::ToString::to_string(&self.account_id),
                                        )?,
                                ],
                                true,
                            )?;
                            request = request.json(&self.body);
                            let response = exchange.execute(client, request.build()?).await?;
                            $crate::builder::CreateTemplate::dispatch(response).await
                        }
                    }
                    fn decode_path(
                        body: &[u8],
                    ) -> ::std::option::Option<(::std::string::String, ::std::string::String)> {
                        $crate::request::json_path::<
                            $crate::types::Template,
                        >(body)
                    }
                    fn output(
                        response: Self::Response,
                    ) -> ::std::result::Result<
                        Self::Output,
                        $crate::request::Unsuccessful,
                    > {
                        Ok(response)
                    }
                }
                /// A request of **Update Existing Template** (`updateTemplate`); see [`Templates::update`].
                #[derive(Clone, Debug)]
                #[must_use = "a request does nothing until `.send().await`"]
                pub struct UpdateTemplate {
                    texter: crate::Texter,
                    account_id: ::std::string::String,
                    template_name: ::std::string::String,
                    body: $crate::types::UpdateTemplateRequest,
                }
                impl UpdateTemplate {
                    /// `chatStatus` (body): Chat status after the recipient replies (0-3).
                    ///
                    /// Rule: at most 3.
                    pub fn chat_status(
                        mut self,
                        value: impl ::std::convert::Into<$crate::enums::ChatStatus>,
                    ) -> Self {
                        self.body.chat_status = Some(value.into());
                        self
                    }
                    /// `departments` (body): Department ids with access.
                    pub fn departments<I, V>(mut self, values: I) -> Self
                    where
                        I: ::std::iter::IntoIterator<Item = V>,
                        V: ::std::convert::Into<::std::string::String>,
                    {
                        self.body.departments = Some(
                            values.into_iter().map(::std::convert::Into::into).collect(),
                        );
                        self
                    }
                    /// `isDefault` (body).
                    pub fn is_default(mut self, value: impl ::std::convert::Into<bool>) -> Self {
                        self.body.is_default = Some(value.into());
                        self
                    }
                    /// `replyText` (body): Text sent automatically when the recipient replies.
                    pub fn reply_text(
                        mut self,
                        value: impl ::std::convert::Into<::std::string::String>,
                    ) -> Self {
                        self.body.reply_text = Some(value.into());
                        self
                    }
                    /// `responsibleAgent` (body): Agent email; cannot be combined with `responsibleDepartment`.
                    pub fn responsible_agent(
                        mut self,
                        value: impl ::std::convert::Into<::std::string::String>,
                    ) -> Self {
                        self.body.responsible_agent = Some(value.into());
                        self
                    }
                    /// `responsibleDepartment` (body): Department id; cannot be combined with `responsibleAgent`.
                    pub fn responsible_department(
                        mut self,
                        value: impl ::std::convert::Into<::std::string::String>,
                    ) -> Self {
                        self.body.responsible_department = Some(value.into());
                        self
                    }
                    /// `setBotNode` (body): With chatStatus 0, the bot node to start from; the bot's start node when absent.
                    pub fn set_bot_node(
                        mut self,
                        value: impl ::std::convert::Into<::std::string::String>,
                    ) -> Self {
                        self.body.set_bot_node = Some(value.into());
                        self
                    }
                    /// `title` (body).
                    pub fn title(
                        mut self,
                        value: impl ::std::convert::Into<::std::string::String>,
                    ) -> Self {
                        self.body.title = Some(value.into());
                        self
                    }
                    /// `usage` (body).
                    pub fn usage(
                        mut self,
                        value: impl ::std::convert::Into<$crate::enums::TemplateUsage>,
                    ) -> Self {
                        self.body.usage = Some(value.into());
                        self
                    }
                    /// The whole body ([`UpdateTemplateRequest`](texterchat_api::types::UpdateTemplateRequest)), replacing what the arguments and setters set.
                    pub fn replace_body(
                        mut self,
                        body: impl ::std::convert::Into<
                            $crate::types::UpdateTemplateRequest,
                        >,
                    ) -> Self {
                        self.body = body.into();
                        self
                    }
                    /// Sends the request: scope check, validation, rate limit, timeout, retries.
                    /// (`.await` on the builder does the same, with the future boxed.)
                    pub async fn send(self) -> crate::Result<$crate::types::Template> {
                        self.texter.execute(&self).await
                    }
                }
                impl ::std::future::IntoFuture for UpdateTemplate {
                    type Output = crate::Result<$crate::types::Template>;
                    type IntoFuture = ::std::pin::Pin<
                        ::std::boxed::Box<
                            dyn ::std::future::Future<Output = Self::Output> + Send,
                        >,
                    >;
                    fn into_future(self) -> Self::IntoFuture {
                        ::std::boxed::Box::pin(self.send())
                    }
                }
                impl $crate::request::Request for UpdateTemplate {
                    const OPERATION: &'static $crate::catalog::Operation = &$crate::operations::UPDATE_TEMPLATE;
                    type Response = $crate::types::Template;
                    type Output = $crate::types::Template;
                    fn validate(
                        &self,
                    ) -> ::std::result::Result<(), $crate::validation::Invalid> {
                        {
                            let v = &self.account_id;
                            $crate::validation::check_str(
                                "accountId",
                                v,
                                &$crate::schemas::UPDATE_TEMPLATE_ACCOUNT_ID,
                            )?;
                        }
                        {
                            let v = &self.template_name;
                            $crate::validation::check_str(
                                "templateName",
                                v,
                                &$crate::schemas::UPDATE_TEMPLATE_TEMPLATE_NAME,
                            )?;
                        }
                        $crate::validation::check(
                            &$crate::request::wire(&self.body),
                            &$crate::schemas::UPDATE_TEMPLATE_REQUEST,
                        )?;
                        Ok(())
                    }
                    fn send<'c>(
                        &'c self,
                        client: &'c $crate::Client,
                        exchange: &'c $crate::exchange::Exchange,
                    ) -> impl ::std::future::Future<
                        Output = ::std::result::Result<
                            $crate::ResponseValue<Self::Response>,
                            $crate::request::ApiError,
                        >,
                    > + Send + 'c {
                        async move {
                            #[allow(unused_mut)]
                            let mut request = $crate::exchange::request(
                                client,
                                Self::OPERATION,
                                $crate::exchange::Method::PATCH,
                                &[
                                    "/whatsapp/templates/",
                                    &exchange
                                        .segment(
                                            "accountId",
                                            &::std::string::ToString::to_string(&self.account_id),
                                        )?,
                                    "/",
                                    &exchange
                                        .segment(
                                            "templateName",
                                            &::std::string::ToString::to_string(&self.template_name),
                                        )?,
                                ],
                                true,
                            )?;
                            request = request.json(&self.body);
                            let response = exchange.execute(client, request.build()?).await?;
                            $crate::builder::UpdateTemplate::dispatch(response).await
                        }
                    }
                    fn decode_path(
                        body: &[u8],
                    ) -> ::std::option::Option<(::std::string::String, ::std::string::String)> {
                        $crate::request::json_path::<
                            $crate::types::Template,
                        >(body)
                    }
                    fn output(
                        response: Self::Response,
                    ) -> ::std::result::Result<
                        Self::Output,
                        $crate::request::Unsuccessful,
                    > {
                        Ok(response)
                    }
                }
                /// A request of **Delete Template** (`deleteTemplate`); see [`Templates::delete`].
                #[derive(Clone, Debug)]
                #[must_use = "a request does nothing until `.send().await`"]
                pub struct DeleteTemplate {
                    texter: crate::Texter,
                    account_id: ::std::string::String,
                    template_name: ::std::string::String,
                }
                impl DeleteTemplate {
                    /// Sends the request: scope check, validation, rate limit, timeout, retries.
                    /// (`.await` on the builder does the same, with the future boxed.)
                    pub async fn send(self) -> crate::Result<()> {
                        self.texter.execute(&self).await
                    }
                }
                impl ::std::future::IntoFuture for DeleteTemplate {
                    type Output = crate::Result<()>;
                    type IntoFuture = ::std::pin::Pin<
                        ::std::boxed::Box<
                            dyn ::std::future::Future<Output = Self::Output> + Send,
                        >,
                    >;
                    fn into_future(self) -> Self::IntoFuture {
                        ::std::boxed::Box::pin(self.send())
                    }
                }
                impl $crate::request::Request for DeleteTemplate {
                    const OPERATION: &'static $crate::catalog::Operation = &$crate::operations::DELETE_TEMPLATE;
                    type Response = ();
                    type Output = ();
                    fn validate(
                        &self,
                    ) -> ::std::result::Result<(), $crate::validation::Invalid> {
                        {
                            let v = &self.account_id;
                            $crate::validation::check_str(
                                "accountId",
                                v,
                                &$crate::schemas::DELETE_TEMPLATE_ACCOUNT_ID,
                            )?;
                        }
                        {
                            let v = &self.template_name;
                            $crate::validation::check_str(
                                "templateName",
                                v,
                                &$crate::schemas::DELETE_TEMPLATE_TEMPLATE_NAME,
                            )?;
                        }
                        Ok(())
                    }
                    fn send<'c>(
                        &'c self,
                        client: &'c $crate::Client,
                        exchange: &'c $crate::exchange::Exchange,
                    ) -> impl ::std::future::Future<
                        Output = ::std::result::Result<
                            $crate::ResponseValue<Self::Response>,
                            $crate::request::ApiError,
                        >,
                    > + Send + 'c {
                        async move {
                            #[allow(unused_mut)]
                            let mut request = $crate::exchange::request(
                                client,
                                Self::OPERATION,
                                $crate::exchange::Method::DELETE,
                                &[
                                    "/whatsapp/templates/",
                                    &exchange
                                        .segment(
                                            "accountId",
                                            &::std::string::ToString::to_string(&self.account_id),
                                        )?,
                                    "/",
                                    &exchange
                                        .segment(
                                            "templateName",
                                            &::std::string::ToString::to_string(&self.template_name),
                                        )?,
                                ],
                                false,
                            )?;
                            let response = exchange.execute(client, request.build()?).await?;
                            $crate::request::drain(
                                    $crate::builder::DeleteTemplate::dispatch(response)
                                        .await?,
                                )
                                .await
                        }
                    }
                    fn decode_path(
                        body: &[u8],
                    ) -> ::std::option::Option<(::std::string::String, ::std::string::String)> {
                        $crate::request::no_path(body)
                    }
                    fn output(
                        response: Self::Response,
                    ) -> ::std::result::Result<
                        Self::Output,
                        $crate::request::Unsuccessful,
                    > {
                        Ok(response)
                    }
                }
                /// A request of **Create or Update Localization** (`upsertTemplateLocalization`); see [`Templates::upsert_localization`].
                #[derive(Clone, Debug)]
                #[must_use = "a request does nothing until `.send().await`"]
                pub struct UpsertTemplateLocalization {
                    texter: crate::Texter,
                    account_id: ::std::string::String,
                    template_name: ::std::string::String,
                    body: $crate::types::TemplateLocalizationRequest,
                }
                impl UpsertTemplateLocalization {
                    /// `defaults` (body): Send-time defaults (not reviewed by WhatsApp).
                    pub fn defaults(
                        mut self,
                        value: impl ::std::convert::Into<
                            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                        >,
                    ) -> Self {
                        self.body.defaults = Some(value.into());
                        self
                    }
                    /// The whole body ([`TemplateLocalizationRequest`](texterchat_api::types::TemplateLocalizationRequest)), replacing what the arguments and setters set.
                    pub fn replace_body(
                        mut self,
                        body: impl ::std::convert::Into<
                            $crate::types::TemplateLocalizationRequest,
                        >,
                    ) -> Self {
                        self.body = body.into();
                        self
                    }
                    /// Sends the request: scope check, validation, rate limit, timeout, retries.
                    /// (`.await` on the builder does the same, with the future boxed.)
                    pub async fn send(self) -> crate::Result<$crate::types::Template> {
                        self.texter.execute(&self).await
                    }
                }
                impl ::std::future::IntoFuture for UpsertTemplateLocalization {
                    type Output = crate::Result<$crate::types::Template>;
                    type IntoFuture = ::std::pin::Pin<
                        ::std::boxed::Box<
                            dyn ::std::future::Future<Output = Self::Output> + Send,
                        >,
                    >;
                    fn into_future(self) -> Self::IntoFuture {
                        ::std::boxed::Box::pin(self.send())
                    }
                }
                impl $crate::request::Request for UpsertTemplateLocalization {
                    const OPERATION: &'static $crate::catalog::Operation = &$crate::operations::UPSERT_TEMPLATE_LOCALIZATION;
                    type Response = $crate::types::Template;
                    type Output = $crate::types::Template;
                    fn validate(
                        &self,
                    ) -> ::std::result::Result<(), $crate::validation::Invalid> {
                        {
                            let v = &self.account_id;
                            $crate::validation::check_str(
                                "accountId",
                                v,
                                &$crate::schemas::UPSERT_TEMPLATE_LOCALIZATION_ACCOUNT_ID,
                            )?;
                        }
                        {
                            let v = &self.template_name;
                            $crate::validation::check_str(
                                "templateName",
                                v,
                                &$crate::schemas::UPSERT_TEMPLATE_LOCALIZATION_TEMPLATE_NAME,
                            )?;
                        }
                        $crate::validation::check(
                            &$crate::request::wire(&self.body),
                            &$crate::schemas::TEMPLATE_LOCALIZATION_REQUEST,
                        )?;
                        Ok(())
                    }
                    fn send<'c>(
                        &'c self,
                        client: &'c $crate::Client,
                        exchange: &'c $crate::exchange::Exchange,
                    ) -> impl ::std::future::Future<
                        Output = ::std::result::Result<
                            $crate::ResponseValue<Self::Response>,
                            $crate::request::ApiError,
                        >,
                    > + Send + 'c {
                        async move {
                            #[allow(unused_mut)]
                            let mut request = $crate::exchange::request(
                                client,
                                Self::OPERATION,
                                $crate::exchange::Method::POST,
                                &[
                                    "/whatsapp/templates/",
                                    &exchange
                                        .segment(
                                            "accountId",
                                            &::std::string::ToString::to_string(&self.account_id),
                                        )?,
                                    "/",
                                    &exchange
                                        .segment(
                                            "templateName",
                                            &::std::string::ToString::to_string(&self.template_name),
                                        )?,
                                    "/localizations",
                                ],
                                true,
                            )?;
                            request = request.json(&self.body);
                            let response = exchange.execute(client, request.build()?).await?;
                            $crate::builder::UpsertTemplateLocalization::dispatch(
                                    response,
                                )
                                .await
                        }
                    }
                    fn decode_path(
                        body: &[u8],
                    ) -> ::std::option::Option<(::std::string::String, ::std::string::String)> {
                        $crate::request::json_path::<
                            $crate::types::Template,
                        >(body)
                    }
                    fn output(
                        response: Self::Response,
                    ) -> ::std::result::Result<
                        Self::Output,
                        $crate::request::Unsuccessful,
                    > {
                        Ok(response)
                    }
                }
                /// A request of **Submit Template for Approval** (`submitTemplateLocalization`); see [`Templates::submit`].
                #[derive(Clone, Debug)]
                #[must_use = "a request does nothing until `.send().await`"]
                pub struct SubmitTemplateLocalization {
                    texter: crate::Texter,
                    account_id: ::std::string::String,
                    template_name: ::std::string::String,
                    language: ::std::string::String,
                }
                impl SubmitTemplateLocalization {
                    /// Sends the request: scope check, validation, rate limit, timeout, retries.
                    /// (`.await` on the builder does the same, with the future boxed.)
                    pub async fn send(self) -> crate::Result<$crate::types::Template> {
                        self.texter.execute(&self).await
                    }
                }
                impl ::std::future::IntoFuture for SubmitTemplateLocalization {
                    type Output = crate::Result<$crate::types::Template>;
                    type IntoFuture = ::std::pin::Pin<
                        ::std::boxed::Box<
                            dyn ::std::future::Future<Output = Self::Output> + Send,
                        >,
                    >;
                    fn into_future(self) -> Self::IntoFuture {
                        ::std::boxed::Box::pin(self.send())
                    }
                }
                impl $crate::request::Request for SubmitTemplateLocalization {
                    const OPERATION: &'static $crate::catalog::Operation = &$crate::operations::SUBMIT_TEMPLATE_LOCALIZATION;
                    type Response = $crate::types::Template;
                    type Output = $crate::types::Template;
                    fn validate(
                        &self,
                    ) -> ::std::result::Result<(), $crate::validation::Invalid> {
                        {
                            let v = &self.account_id;
                            $crate::validation::check_str(
                                "accountId",
                                v,
                                &$crate::schemas::SUBMIT_TEMPLATE_LOCALIZATION_ACCOUNT_ID,
                            )?;
                        }
                        {
                            let v = &self.template_name;
                            $crate::validation::check_str(
                                "templateName",
                                v,
                                &$crate::schemas::SUBMIT_TEMPLATE_LOCALIZATION_TEMPLATE_NAME,
                            )?;
                        }
                        {
                            let v = &self.language;
                            $crate::validation::check_str(
                                "language",
                                v,
                                &$crate::schemas::SUBMIT_TEMPLATE_LOCALIZATION_LANGUAGE,
                            )?;
                        }
                        Ok(())
                    }
                    fn send<'c>(
                        &'c self,
                        client: &'c $crate::Client,
                        exchange: &'c $crate::exchange::Exchange,
                    ) -> impl ::std::future::Future<
                        Output = ::std::result::Result<
                            $crate::ResponseValue<Self::Response>,
                            $crate::request::ApiError,
                        >,
                    > + Send + 'c {
                        async move {
                            #[allow(unused_mut)]
                            let mut request = $crate::exchange::request(
                                client,
                                Self::OPERATION,
                                $crate::exchange::Method::POST,
                                &[
                                    "/whatsapp/templates/",
                                    &exchange
                                        .segment(
                                            "accountId",
                                            &::std::string::ToString::to_string(&self.account_id),
                                        )?,
                                    "/",
                                    &exchange
                                        .segment(
                                            "templateName",
                                            &::std::string::ToString::to_string(&self.template_name),
                                        )?,
                                    "/localizations/",
                                    &exchange
                                        .segment(
                                            "language",
                                            &::std::string::ToString::to_string(&self.language),
                                        )?,
                                    "/submit",
                                ],
                                true,
                            )?;
                            let response = exchange.execute(client, request.build()?).await?;
                            $crate::builder::SubmitTemplateLocalization::dispatch(
                                    response,
                                )
                                .await
                        }
                    }
                    fn decode_path(
                        body: &[u8],
                    ) -> ::std::option::Option<(::std::string::String, ::std::string::String)> {
                        $crate::request::json_path::<
                            $crate::types::Template,
                        >(body)
                    }
                    fn output(
                        response: Self::Response,
                    ) -> ::std::result::Result<
                        Self::Output,
                        $crate::request::Unsuccessful,
                    > {
                        Ok(response)
                    }
                }
            }
            /// The `template-subscriptions` operations (generated from the spec). Opt recipients out of (and back into) template messages, and list who opted out.
            pub mod template_subscriptions {
                /// The `template-subscriptions` operations of a [`Texter`](crate::Texter): `texter.template_subscriptions()`.
                #[derive(Clone, Copy, Debug)]
                pub struct TemplateSubscriptions<'a> {
                    pub(crate) texter: &'a crate::Texter,
                }
                impl<'a> TemplateSubscriptions<'a> {
                    /// The client this handle calls with.
                    pub fn texter(&self) -> &'a crate::Texter {
                        self.texter
                    }
                    /// **Unsubscribe from Templates** — `POST /whatsapp/templates/unsubscribe`
                    ///
                    /// Stops template messages to a phone number, on one WhatsApp account or (without `accountId`) on all of them.
                    ///
                    /// - Scopes: Manage all chats
                    /// - Idempotent: yes: retried after timeouts, transport failures and HTTP 408/429/502/503/504
                    /// - Source: Texter's API reference
                    /// - `phone` (body): required; 5 to 30 characters, matches `^[ ().\u00a0-]*(?:\+|00)?[ ().\u00a0-]*(?:[0-9][ ().\u00a0-]*){8,15}$`
                    /// - Body: [`TemplateSubscriptionRequest`](texterchat_api::types::TemplateSubscriptionRequest), checked against the spec before sending
                    ///
                    /// Returns a [`UnsubscribeFromTemplates`] builder; `.send().await` sends it.
                    pub fn unsubscribe(
                        &self,
                        phone: impl ::std::convert::Into<::std::string::String>,
                    ) -> UnsubscribeFromTemplates {
                        let texter = self.texter;
                        UnsubscribeFromTemplates {
                            texter: texter.clone(),
                            body: $crate::types::TemplateSubscriptionRequest::new(
                                phone,
                            ),
                        }
                    }
                    /// **Resubscribe to Templates** — `POST /whatsapp/templates/subscribe`
                    ///
                    /// Lets template messages reach a phone number again, on one WhatsApp account or (without `accountId`) on all of them.
                    ///
                    /// - Scopes: Manage all chats
                    /// - Idempotent: yes: retried after timeouts, transport failures and HTTP 408/429/502/503/504
                    /// - Source: Texter's API reference
                    /// - `phone` (body): required; 5 to 30 characters, matches `^[ ().\u00a0-]*(?:\+|00)?[ ().\u00a0-]*(?:[0-9][ ().\u00a0-]*){8,15}$`
                    /// - Body: [`TemplateSubscriptionRequest`](texterchat_api::types::TemplateSubscriptionRequest), checked against the spec before sending
                    ///
                    /// Returns a [`ResubscribeToTemplates`] builder; `.send().await` sends it.
                    pub fn resubscribe(
                        &self,
                        phone: impl ::std::convert::Into<::std::string::String>,
                    ) -> ResubscribeToTemplates {
                        let texter = self.texter;
                        ResubscribeToTemplates {
                            texter: texter.clone(),
                            body: $crate::types::TemplateSubscriptionRequest::new(
                                phone,
                            ),
                        }
                    }
                    /// **List All Unsubscribed Users** — `GET /whatsapp/templates/unsubscribed`
                    ///
                    /// Lists phone numbers unsubscribed from template messages, oldest unsubscription first.
                    ///
                    /// - Scopes: List all chats
                    /// - Idempotent: yes: retried after timeouts, transport failures and HTTP 408/429/502/503/504
                    /// - Source: Texter's API reference
                    ///
                    /// Returns a [`ListUnsubscribed`] builder; `.send().await` sends it.
                    pub fn list_unsubscribed(&self) -> ListUnsubscribed {
                        let texter = self.texter;
                        ListUnsubscribed {
                            texter: texter.clone(),
                            limit: None,
                            skip: None,
                        }
                    }
                    /// Every page of **List All Unsubscribed Users** (`listUnsubscribed`): `list_unsubscribed(..).all()`.
                    pub fn list_unsubscribed_all(
                        &self,
                    ) -> crate::pagination::Pages<
                        ::std::vec::Vec<$crate::types::UnsubscribedUser>,
                        $crate::types::UnsubscribedUser,
                    > {
                        self.list_unsubscribed().all()
                    }
                    /// **Unsubscribed from Specific Account** — `GET /whatsapp/templates/unsubscribed/{accountId}`
                    ///
                    /// Like List All Unsubscribed Users, for one WhatsApp account. Inferred: the required scope
                    /// is taken from the sibling endpoint; the page's own scope line was not readable.
                    ///
                    /// - Scopes: List all chats
                    /// - Idempotent: yes: retried after timeouts, transport failures and HTTP 408/429/502/503/504
                    /// - Source: Texter's API reference
                    /// - `accountId` (path): one URL segment
                    ///
                    /// Returns a [`ListUnsubscribedForAccount`] builder; `.send().await` sends it.
                    pub fn list_unsubscribed_for_account(
                        &self,
                        account_id: impl ::std::convert::Into<::std::string::String>,
                    ) -> ListUnsubscribedForAccount {
                        let texter = self.texter;
                        ListUnsubscribedForAccount {
                            texter: texter.clone(),
                            account_id: account_id.into(),
                            limit: None,
                            skip: None,
                        }
                    }
                    /// Every page of **Unsubscribed from Specific Account** (`listUnsubscribedForAccount`): `list_unsubscribed_for_account(..).all()`.
                    pub fn list_unsubscribed_for_account_all(
                        &self,
                        account_id: impl ::std::convert::Into<::std::string::String>,
                    ) -> crate::pagination::Pages<
                        ::std::vec::Vec<$crate::types::UnsubscribedUser>,
                        $crate::types::UnsubscribedUser,
                    > {
                        self.list_unsubscribed_for_account(account_id).all()
                    }
                }
                /// A request of **Unsubscribe from Templates** (`unsubscribeFromTemplates`); see [`TemplateSubscriptions::unsubscribe`].
                #[derive(Clone, Debug)]
                #[must_use = "a request does nothing until `.send().await`"]
                pub struct UnsubscribeFromTemplates {
                    texter: crate::Texter,
                    body: $crate::types::TemplateSubscriptionRequest,
                }
                impl UnsubscribeFromTemplates {
                    /// `accountId` (body): One WhatsApp channel account; all of them when omitted.
                    ///
                    /// Rule: at least 1 character.
                    pub fn account_id(
                        mut self,
                        value: impl ::std::convert::Into<::std::string::String>,
                    ) -> Self {
                        self.body.account_id = Some(value.into());
                        self
                    }
                    /// The whole body ([`TemplateSubscriptionRequest`](texterchat_api::types::TemplateSubscriptionRequest)), replacing what the arguments and setters set.
                    pub fn replace_body(
                        mut self,
                        body: impl ::std::convert::Into<
                            $crate::types::TemplateSubscriptionRequest,
                        >,
                    ) -> Self {
                        self.body = body.into();
                        self
                    }
                    /// Sends the request: scope check, validation, rate limit, timeout, retries.
                    /// (`.await` on the builder does the same, with the future boxed.)
                    pub async fn send(self) -> crate::Result<()> {
                        self.texter.execute(&self).await
                    }
                }
                impl ::std::future::IntoFuture for UnsubscribeFromTemplates {
                    type Output = crate::Result<()>;
                    type IntoFuture = ::std::pin::Pin<
                        ::std::boxed::Box<
                            dyn ::std::future::Future<Output = Self::Output> + Send,
                        >,
                    >;
                    fn into_future(self) -> Self::IntoFuture {
                        ::std::boxed::Box::pin(self.send())
                    }
                }
                impl $crate::request::Request for UnsubscribeFromTemplates {
                    const OPERATION: &'static $crate::catalog::Operation = &$crate::operations::UNSUBSCRIBE_FROM_TEMPLATES;
                    type Response = $crate::types::SuccessResponse;
                    type Output = ();
                    fn validate(
                        &self,
                    ) -> ::std::result::Result<(), $crate::validation::Invalid> {
                        $crate::validation::check(
                            &$crate::request::wire(&self.body),
                            &$crate::schemas::TEMPLATE_SUBSCRIPTION_REQUEST,
                        )?;
                        Ok(())
                    }
                    fn send<'c>(
                        &'c self,
                        client: &'c $crate::Client,
                        exchange: &'c $crate::exchange::Exchange,
                    ) -> impl ::std::future::Future<
                        Output = ::std::result::Result<
                            $crate::ResponseValue<Self::Response>,
                            $crate::request::ApiError,
                        >,
                    > + Send + 'c {
                        async move {
                            #[allow(unused_mut)]
                            let mut request = $crate::exchange::request(
                                client,
                                Self::OPERATION,
                                $crate::exchange::Method::POST,
                                &["/whatsapp/templates/unsubscribe"],
                                true,
                            )?;
                            request = request.json(&self.body);
                            let response = exchange.execute(client, request.build()?).await?;
                            $crate::builder::UnsubscribeFromTemplates::dispatch(
                                    response,
                                )
                                .await
                        }
                    }
                    fn decode_path(
                        body: &[u8],
                    ) -> ::std::option::Option<(::std::string::String, ::std::string::String)> {
                        $crate::request::json_path::<
                            $crate::types::SuccessResponse,
                        >(body)
                    }
                    fn output(
                        response: Self::Response,
                    ) -> ::std::result::Result<
                        Self::Output,
                        $crate::request::Unsuccessful,
                    > {
                        $crate::request::success(response)
                    }
                }
                /// A request of **Resubscribe to Templates** (`resubscribeToTemplates`); see [`TemplateSubscriptions::resubscribe`].
                #[derive(Clone, Debug)]
                #[must_use = "a request does nothing until `.send().await`"]
                pub struct ResubscribeToTemplates {
                    texter: crate::Texter,
                    body: $crate::types::TemplateSubscriptionRequest,
                }
                impl ResubscribeToTemplates {
                    /// `accountId` (body): One WhatsApp channel account; all of them when omitted.
                    ///
                    /// Rule: at least 1 character.
                    pub fn account_id(
                        mut self,
                        value: impl ::std::convert::Into<::std::string::String>,
                    ) -> Self {
                        self.body.account_id = Some(value.into());
                        self
                    }
                    /// The whole body ([`TemplateSubscriptionRequest`](texterchat_api::types::TemplateSubscriptionRequest)), replacing what the arguments and setters set.
                    pub fn replace_body(
                        mut self,
                        body: impl ::std::convert::Into<
                            $crate::types::TemplateSubscriptionRequest,
                        >,
                    ) -> Self {
                        self.body = body.into();
                        self
                    }
                    /// Sends the request: scope check, validation, rate limit, timeout, retries.
                    /// (`.await` on the builder does the same, with the future boxed.)
                    pub async fn send(self) -> crate::Result<()> {
                        self.texter.execute(&self).await
                    }
                }
                impl ::std::future::IntoFuture for ResubscribeToTemplates {
                    type Output = crate::Result<()>;
                    type IntoFuture = ::std::pin::Pin<
                        ::std::boxed::Box<
                            dyn ::std::future::Future<Output = Self::Output> + Send,
                        >,
                    >;
                    fn into_future(self) -> Self::IntoFuture {
                        ::std::boxed::Box::pin(self.send())
                    }
                }
                impl $crate::request::Request for ResubscribeToTemplates {
                    const OPERATION: &'static $crate::catalog::Operation = &$crate::operations::RESUBSCRIBE_TO_TEMPLATES;
                    type Response = $crate::types::SuccessResponse;
                    type Output = ();
                    fn validate(
                        &self,
                    ) -> ::std::result::Result<(), $crate::validation::Invalid> {
                        $crate::validation::check(
                            &$crate::request::wire(&self.body),
                            &$crate::schemas::TEMPLATE_SUBSCRIPTION_REQUEST,
                        )?;
                        Ok(())
                    }
                    fn send<'c>(
                        &'c self,
                        client: &'c $crate::Client,
                        exchange: &'c $crate::exchange::Exchange,
                    ) -> impl ::std::future::Future<
                        Output = ::std::result::Result<
                            $crate::ResponseValue<Self::Response>,
                            $crate::request::ApiError,
                        >,
                    > + Send + 'c {
                        async move {
                            #[allow(unused_mut)]
                            let mut request = $crate::exchange::request(
                                client,
                                Self::OPERATION,
                                $crate::exchange::Method::POST,
                                &["/whatsapp/templates/subscribe"],
                                true,
                            )?;
                            request = request.json(&self.body);
                            let response = exchange.execute(client, request.build()?).await?;
                            $crate::builder::ResubscribeToTemplates::dispatch(response)
                                .await
                        }
                    }
                    fn decode_path(
                        body: &[u8],
                    ) -> ::std::option::Option<(::std::string::String, ::std::string::String)> {
                        $crate::request::json_path::<
                            $crate::types::SuccessResponse,
                        >(body)
                    }
                    fn output(
                        response: Self::Response,
                    ) -> ::std::result::Result<
                        Self::Output,
                        $crate::request::Unsuccessful,
                    > {
                        $crate::request::success(response)
                    }
                }
                /// A request of **List All Unsubscribed Users** (`listUnsubscribed`); see [`TemplateSubscriptions::list_unsubscribed`].
                #[derive(Clone, Debug)]
                #[must_use = "a request does nothing until `.send().await`"]
                pub struct ListUnsubscribed {
                    texter: crate::Texter,
                    limit: ::std::option::Option<i64>,
                    skip: ::std::option::Option<i64>,
                }
                impl ListUnsubscribed {
                    /// `limit`: Maximum number of users to return, 1 to 9999 (pattern `^[1-9][0-9]{0,3}$`). The reference
                    /// gives 10000 as the default, above its own maximum.
                    ///
                    /// Rule: 1 to 9999.
                    pub fn limit(mut self, value: impl ::std::convert::Into<i64>) -> Self {
                        self.limit = Some(value.into());
                        self
                    }
                    /// `skip`: Number of users to skip, 0 to 99999 (pattern `^[0-9]{1,5}$`).
                    ///
                    /// Rule: 0 to 99999.
                    pub fn skip(mut self, value: impl ::std::convert::Into<i64>) -> Self {
                        self.skip = Some(value.into());
                        self
                    }
                    /// Sends the request: scope check, validation, rate limit, timeout, retries.
                    /// (`.await` on the builder does the same, with the future boxed.)
                    pub async fn send(
                        self,
                    ) -> crate::Result<
                        ::std::vec::Vec<$crate::types::UnsubscribedUser>,
                    > {
                        self.texter.execute(&self).await
                    }
                }
                impl ::std::future::IntoFuture for ListUnsubscribed {
                    type Output = crate::Result<
                        ::std::vec::Vec<$crate::types::UnsubscribedUser>,
                    >;
                    type IntoFuture = ::std::pin::Pin<
                        ::std::boxed::Box<
                            dyn ::std::future::Future<Output = Self::Output> + Send,
                        >,
                    >;
                    fn into_future(self) -> Self::IntoFuture {
                        ::std::boxed::Box::pin(self.send())
                    }
                }
                impl $crate::request::Request for ListUnsubscribed {
                    const OPERATION: &'static $crate::catalog::Operation = &$crate::operations::LIST_UNSUBSCRIBED;
                    type Response = ::std::vec::Vec<$crate::types::UnsubscribedUser>;
                    type Output = ::std::vec::Vec<$crate::types::UnsubscribedUser>;
                    fn validate(
                        &self,
                    ) -> ::std::result::Result<(), $crate::validation::Invalid> {
                        if let Some(v) = &self.limit {
                            $crate::validation::check_int(
                                "limit",
                                *v,
                                &$crate::schemas::LIST_UNSUBSCRIBED_LIMIT,
                            )?;
                        }
                        if let Some(v) = &self.skip {
                            $crate::validation::check_int(
                                "skip",
                                *v,
                                &$crate::schemas::LIST_UNSUBSCRIBED_SKIP,
                            )?;
                        }
                        Ok(())
                    }
                    fn send<'c>(
                        &'c self,
                        client: &'c $crate::Client,
                        exchange: &'c $crate::exchange::Exchange,
                    ) -> impl ::std::future::Future<
                        Output = ::std::result::Result<
                            $crate::ResponseValue<Self::Response>,
                            $crate::request::ApiError,
                        >,
                    > + Send + 'c {
                        async move {
                            #[allow(unused_mut)]
                            let mut request = $crate::exchange::request(
                                client,
                                Self::OPERATION,
                                $crate::exchange::Method::GET,
                                &["/whatsapp/templates/unsubscribed"],
                                true,
                            )?;
                            if let Some(v) = &self.limit {
                                request = request
                                    .query(
                                        &$crate::exchange::QueryParam::new("limit", v),
                                    );
                            }
                            if let Some(v) = &self.skip {
                                request = request
                                    .query(
                                        &$crate::exchange::QueryParam::new("skip", v),
                                    );
                            }
                            let response = exchange.execute(client, request.build()?).await?;
                            $crate::builder::ListUnsubscribed::dispatch(response).await
                        }
                    }
                    fn decode_path(
                        body: &[u8],
                    ) -> ::std::option::Option<(::std::string::String, ::std::string::String)> {
                        $crate::request::json_path::<
                            ::std::vec::Vec<$crate::types::UnsubscribedUser>,
                        >(body)
                    }
                    fn output(
                        response: Self::Response,
                    ) -> ::std::result::Result<
                        Self::Output,
                        $crate::request::Unsuccessful,
                    > {
                        Ok(response)
                    }
                }
                impl crate::pagination::OffsetPaged for ListUnsubscribed {
                    type Item = $crate::types::UnsubscribedUser;
                    fn with_page(mut self, limit: i64, skip: i64) -> Self {
                        self.limit = Some(limit);
                        self.skip = Some(skip);
                        self
                    }
                    fn page_size(&self) -> ::std::option::Option<i64> {
                        self.limit
                    }
                    fn first_skip(&self) -> ::std::option::Option<i64> {
                        self.skip
                    }
                    fn total(page: &Self::Output) -> ::std::option::Option<i64> {
                        None
                    }
                    fn items(page: &Self::Output) -> &[Self::Item] {
                        page
                    }
                    fn into_items(page: Self::Output) -> ::std::vec::Vec<Self::Item> {
                        page
                    }
                    fn fetch(
                        self,
                    ) -> impl ::std::future::Future<
                        Output = crate::Result<Self::Output>,
                    > + Send {
                        self.send()
                    }
                }
                impl ListUnsubscribed {
                    /// Every page, from this request's `skip` on, with this request's filters;
                    /// `.items()` turns the pages into their items. Stops on an empty page or
                    /// once `total` is covered; a repeated page ends it with a pagination error.
                    pub fn all(
                        self,
                    ) -> crate::pagination::Pages<
                        ::std::vec::Vec<$crate::types::UnsubscribedUser>,
                        $crate::types::UnsubscribedUser,
                    > {
                        crate::pagination::offset_pages(self)
                    }
                }
                /// A request of **Unsubscribed from Specific Account** (`listUnsubscribedForAccount`); see [`TemplateSubscriptions::list_unsubscribed_for_account`].
                #[derive(Clone, Debug)]
                #[must_use = "a request does nothing until `.send().await`"]
                pub struct ListUnsubscribedForAccount {
                    texter: crate::Texter,
                    account_id: ::std::string::String,
                    limit: ::std::option::Option<i64>,
                    skip: ::std::option::Option<i64>,
                }
                impl ListUnsubscribedForAccount {
                    /// `limit`: Maximum number of users to return, 1 to 9999 (pattern `^[1-9][0-9]{0,3}$`). The reference
                    /// gives 10000 as the default, above its own maximum.
                    ///
                    /// Rule: 1 to 9999.
                    pub fn limit(mut self, value: impl ::std::convert::Into<i64>) -> Self {
                        self.limit = Some(value.into());
                        self
                    }
                    /// `skip`: Number of users to skip, 0 to 99999 (pattern `^[0-9]{1,5}$`).
                    ///
                    /// Rule: 0 to 99999.
                    pub fn skip(mut self, value: impl ::std::convert::Into<i64>) -> Self {
                        self.skip = Some(value.into());
                        self
                    }
                    /// Sends the request: scope check, validation, rate limit, timeout, retries.
                    /// (`.await` on the builder does the same, with the future boxed.)
                    pub async fn send(
                        self,
                    ) -> crate::Result<
                        ::std::vec::Vec<$crate::types::UnsubscribedUser>,
                    > {
                        self.texter.execute(&self).await
                    }
                }
                impl ::std::future::IntoFuture for ListUnsubscribedForAccount {
                    type Output = crate::Result<
                        ::std::vec::Vec<$crate::types::UnsubscribedUser>,
                    >;
                    type IntoFuture = ::std::pin::Pin<
                        ::std::boxed::Box<
                            dyn ::std::future::Future<Output = Self::Output> + Send,
                        >,
                    >;
                    fn into_future(self) -> Self::IntoFuture {
                        ::std::boxed::Box::pin(self.send())
                    }
                }
                impl $crate::request::Request for ListUnsubscribedForAccount {
                    const OPERATION: &'static $crate::catalog::Operation = &$crate::operations::LIST_UNSUBSCRIBED_FOR_ACCOUNT;
                    type Response = ::std::vec::Vec<$crate::types::UnsubscribedUser>;
                    type Output = ::std::vec::Vec<$crate::types::UnsubscribedUser>;
                    fn validate(
                        &self,
                    ) -> ::std::result::Result<(), $crate::validation::Invalid> {
                        {
                            let v = &self.account_id;
                            $crate::validation::check_str(
                                "accountId",
                                v,
                                &$crate::schemas::LIST_UNSUBSCRIBED_FOR_ACCOUNT_ACCOUNT_ID,
                            )?;
                        }
                        if let Some(v) = &self.limit {
                            $crate::validation::check_int(
                                "limit",
                                *v,
                                &$crate::schemas::LIST_UNSUBSCRIBED_FOR_ACCOUNT_LIMIT,
                            )?;
                        }
                        if let Some(v) = &self.skip {
                            $crate::validation::check_int(
                                "skip",
                                *v,
                                &$crate::schemas::LIST_UNSUBSCRIBED_FOR_ACCOUNT_SKIP,
                            )?;
                        }
                        Ok(())
                    }
                    fn send<'c>(
                        &'c self,
                        client: &'c $crate::Client,
                        exchange: &'c $crate::exchange::Exchange,
                    ) -> impl ::std::future::Future<
                        Output = ::std::result::Result<
                            $crate::ResponseValue<Self::Response>,
                            $crate::request::ApiError,
                        >,
                    > + Send + 'c {
                        async move {
                            #[allow(unused_mut)]
                            let mut request = $crate::exchange::request(
                                client,
                                Self::OPERATION,
                                $crate::exchange::Method::GET,
                                &[
                                    "/whatsapp/templates/unsubscribed/",
                                    &exchange
                                        .segment(
                                            "accountId",
                                            &::std::string::ToString::to_string(&self.account_id),
                                        )?,
                                ],
                                true,
                            )?;
                            if let Some(v) = &self.limit {
                                request = request
                                    .query(
                                        &$crate::exchange::QueryParam::new("limit", v),
                                    );
                            }
                            if let Some(v) = &self.skip {
                                request = request
                                    .query(
                                        &$crate::exchange::QueryParam::new("skip", v),
                                    );
                            }
                            let response = exchange.execute(client, request.build()?).await?;
                            $crate::builder::ListUnsubscribedForAccount::dispatch(
                                    response,
                                )
                                .await
                        }
                    }
                    fn decode_path(
                        body: &[u8],
                    ) -> ::std::option::Option<(::std::string::String, ::std::string::String)> {
                        $crate::request::json_path::<
                            ::std::vec::Vec<$crate::types::UnsubscribedUser>,
                        >(body)
                    }
                    fn output(
                        response: Self::Response,
                    ) -> ::std::result::Result<
                        Self::Output,
                        $crate::request::Unsuccessful,
                    > {
                        Ok(response)
                    }
                }
                impl crate::pagination::OffsetPaged for ListUnsubscribedForAccount {
                    type Item = $crate::types::UnsubscribedUser;
                    fn with_page(mut self, limit: i64, skip: i64) -> Self {
                        self.limit = Some(limit);
                        self.skip = Some(skip);
                        self
                    }
                    fn page_size(&self) -> ::std::option::Option<i64> {
                        self.limit
                    }
                    fn first_skip(&self) -> ::std::option::Option<i64> {
                        self.skip
                    }
                    fn total(page: &Self::Output) -> ::std::option::Option<i64> {
                        None
                    }
                    fn items(page: &Self::Output) -> &[Self::Item] {
                        page
                    }
                    fn into_items(page: Self::Output) -> ::std::vec::Vec<Self::Item> {
                        page
                    }
                    fn fetch(
                        self,
                    ) -> impl ::std::future::Future<
                        Output = crate::Result<Self::Output>,
                    > + Send {
                        self.send()
                    }
                }
                impl ListUnsubscribedForAccount {
                    /// Every page, from this request's `skip` on, with this request's filters;
                    /// `.items()` turns the pages into their items. Stops on an empty page or
                    /// once `total` is covered; a repeated page ends it with a pagination error.
                    pub fn all(
                        self,
                    ) -> crate::pagination::Pages<
                        ::std::vec::Vec<$crate::types::UnsubscribedUser>,
                        $crate::types::UnsubscribedUser,
                    > {
                        crate::pagination::offset_pages(self)
                    }
                }
            }
            /// The `quick-replies` operations (generated from the spec). Prepared messages offered to agents in the inbox.
            pub mod quick_replies {
                /// The `quick-replies` operations of a [`Texter`](crate::Texter): `texter.quick_replies()`.
                #[derive(Clone, Copy, Debug)]
                pub struct QuickReplies<'a> {
                    pub(crate) texter: &'a crate::Texter,
                }
                impl<'a> QuickReplies<'a> {
                    /// The client this handle calls with.
                    pub fn texter(&self) -> &'a crate::Texter {
                        self.texter
                    }
                    /// **Get Existing Quick Replies** — `GET /quick-replies`
                    ///
                    /// Lists quick replies, newest first unless another sort is given. The reference's parameter list is cut off after `hasContentsType`.
                    ///
                    /// - Scopes: View quick replies
                    /// - Idempotent: yes: retried after timeouts, transport failures and HTTP 408/429/502/503/504
                    /// - Source: Texter's API reference
                    /// - `forChat[name]` and `forChat[accountId]`: set together or not at all
                    ///
                    /// Returns a [`ListQuickReplies`] builder; `.send().await` sends it.
                    pub fn list(&self) -> ListQuickReplies {
                        let texter = self.texter;
                        ListQuickReplies {
                            texter: texter.clone(),
                            skip: None,
                            limit: None,
                            sort_title: None,
                            sort_created: None,
                            sort_updated: None,
                            for_chat_name: None,
                            for_chat_account_id: None,
                            for_chat_id: None,
                            position: None,
                            has_contents_type: None,
                        }
                    }
                    /// Every page of **Get Existing Quick Replies** (`listQuickReplies`): `list(..).all()`.
                    pub fn list_all(
                        &self,
                    ) -> crate::pagination::Pages<
                        $crate::types::QuickRepliesResponse,
                        $crate::types::QuickReply,
                    > {
                        self.list().all()
                    }
                    /// **Create Quick Reply** — `POST /quick-replies`
                    ///
                    /// Creates a quick reply. Its contents are validated against the limits of every targeted
                    /// channel. To offer an AI-suggested reply on one chat, target that chat's `_id` and then set
                    /// `{"aiQuickReply": true}` through Update Existing Quick Reply.
                    ///
                    /// - Scopes: Manage quick replies
                    /// - Idempotent: no: retried only when it provably did not reach Texter (could not connect, HTTP 408/429)
                    /// - Source: Texter's API reference
                    /// - `send` (body): required
                    /// - Body: [`CreateQuickReplyRequest`](texterchat_api::types::CreateQuickReplyRequest), checked against the spec before sending
                    ///
                    /// Returns a [`CreateQuickReply`] builder; `.send().await` sends it.
                    pub fn create(
                        &self,
                        send: impl ::std::convert::Into<
                            $crate::types::NewQuickReplySend,
                        >,
                    ) -> CreateQuickReply {
                        let texter = self.texter;
                        CreateQuickReply {
                            texter: texter.clone(),
                            body: $crate::types::CreateQuickReplyRequest::new(send),
                        }
                    }
                    /// **Update Existing Quick Reply** — `PATCH /quick-replies/{quickReplyId}`
                    ///
                    /// Applies 1 to 1000 update operations, each an object with exactly one key.
                    ///
                    /// - Scopes: Manage quick replies
                    /// - Idempotent: yes: retried after timeouts, transport failures and HTTP 408/429/502/503/504
                    /// - Source: Texter's API reference
                    /// - `quickReplyId` (path): one URL segment
                    /// - Body: [`UpdateQuickReply body`](texterchat_api::types::UpdateQuickReply body), checked against the spec before sending
                    ///
                    /// Returns a [`UpdateQuickReply`] builder; `.send().await` sends it.
                    pub fn update(
                        &self,
                        quick_reply_id: impl ::std::convert::Into<::std::string::String>,
                        body: impl ::std::convert::Into<
                            ::std::vec::Vec<$crate::types::QuickReplyUpdate>,
                        >,
                    ) -> UpdateQuickReply {
                        let texter = self.texter;
                        UpdateQuickReply {
                            texter: texter.clone(),
                            quick_reply_id: quick_reply_id.into(),
                            body: body.into(),
                        }
                    }
                    /// **Delete Quick Reply** — `DELETE /quick-replies/{quickReplyId}`
                    ///
                    /// Inferred: the scope table and the Create Quick Reply page say quick replies can be deleted,
                    /// but the endpoint page was not available. Method and path follow Update Existing Quick
                    /// Reply; the response body is unknown and is ignored.
                    ///
                    /// - Scopes: Manage quick replies
                    /// - Idempotent: yes: retried after timeouts, transport failures and HTTP 408/429/502/503/504
                    /// - Source: **inferred**: documented to exist, method and path unverified
                    /// - `quickReplyId` (path): one URL segment
                    ///
                    /// Returns a [`DeleteQuickReply`] builder; `.send().await` sends it.
                    pub fn delete(
                        &self,
                        quick_reply_id: impl ::std::convert::Into<::std::string::String>,
                    ) -> DeleteQuickReply {
                        let texter = self.texter;
                        DeleteQuickReply {
                            texter: texter.clone(),
                            quick_reply_id: quick_reply_id.into(),
                        }
                    }
                }
                /// A request of **Get Existing Quick Replies** (`listQuickReplies`); see [`QuickReplies::list`].
                #[derive(Clone, Debug)]
                #[must_use = "a request does nothing until `.send().await`"]
                pub struct ListQuickReplies {
                    texter: crate::Texter,
                    skip: ::std::option::Option<i64>,
                    limit: ::std::option::Option<i64>,
                    sort_title: ::std::option::Option<$crate::enums::SortOrder>,
                    sort_created: ::std::option::Option<$crate::enums::SortOrder>,
                    sort_updated: ::std::option::Option<$crate::enums::SortOrder>,
                    for_chat_name: ::std::option::Option<$crate::enums::ChannelName>,
                    for_chat_account_id: ::std::option::Option<::std::string::String>,
                    for_chat_id: ::std::option::Option<::std::string::String>,
                    position: ::std::option::Option<$crate::enums::QuickReplyPosition>,
                    has_contents_type: ::std::option::Option<
                        ::std::vec::Vec<$crate::enums::MessageType>,
                    >,
                }
                impl ListQuickReplies {
                    /// `skip`: Number of quick replies to skip. Sent as a digit string.
                    ///
                    /// Rule: 0 to 100000.
                    pub fn skip(mut self, value: impl ::std::convert::Into<i64>) -> Self {
                        self.skip = Some(value.into());
                        self
                    }
                    /// `limit`: Maximum number of quick replies to return (default not documented). Sent as a digit string.
                    ///
                    /// Rule: 1 to 10000.
                    pub fn limit(mut self, value: impl ::std::convert::Into<i64>) -> Self {
                        self.limit = Some(value.into());
                        self
                    }
                    /// `sortTitle`: Sort alphabetically by `display.title`.
                    pub fn sort_title(
                        mut self,
                        value: impl ::std::convert::Into<$crate::enums::SortOrder>,
                    ) -> Self {
                        self.sort_title = Some(value.into());
                        self
                    }
                    /// `sortCreated`: Sort by `metadata.created`; the server's default is `desc`.
                    pub fn sort_created(
                        mut self,
                        value: impl ::std::convert::Into<$crate::enums::SortOrder>,
                    ) -> Self {
                        self.sort_created = Some(value.into());
                        self
                    }
                    /// `sortUpdated`: Sort by `metadata.updated`.
                    pub fn sort_updated(
                        mut self,
                        value: impl ::std::convert::Into<$crate::enums::SortOrder>,
                    ) -> Self {
                        self.sort_updated = Some(value.into());
                        self
                    }
                    /// `forChat[name]`: Only quick replies offered on this channel. Use together with the other `forChat[...]` parameters.
                    pub fn for_chat_name(
                        mut self,
                        value: impl ::std::convert::Into<$crate::enums::ChannelName>,
                    ) -> Self {
                        self.for_chat_name = Some(value.into());
                        self
                    }
                    /// `forChat[accountId]`: Only quick replies offered on this channel account.
                    ///
                    /// Rule: at least 1 character.
                    pub fn for_chat_account_id(
                        mut self,
                        value: impl ::std::convert::Into<::std::string::String>,
                    ) -> Self {
                        self.for_chat_account_id = Some(value.into());
                        self
                    }
                    /// `forChat[id]`: Only quick replies scoped to this chat (`send.target[].id`).
                    ///
                    /// Rule: at least 1 character.
                    pub fn for_chat_id(
                        mut self,
                        value: impl ::std::convert::Into<::std::string::String>,
                    ) -> Self {
                        self.for_chat_id = Some(value.into());
                        self
                    }
                    /// `position`: Only quick replies displayed in this position.
                    pub fn position(
                        mut self,
                        value: impl ::std::convert::Into<
                            $crate::enums::QuickReplyPosition,
                        >,
                    ) -> Self {
                        self.position = Some(value.into());
                        self
                    }
                    /// `hasContentsType`: Only quick replies with at least one message of one of these types. Inferred: the
                    /// wire encoding of the array is not documented; it is sent repeated
                    /// (`hasContentsType=text&hasContentsType=media`).
                    pub fn has_contents_type<I, V>(mut self, values: I) -> Self
                    where
                        I: ::std::iter::IntoIterator<Item = V>,
                        V: ::std::convert::Into<$crate::enums::MessageType>,
                    {
                        self.has_contents_type = Some(
                            values.into_iter().map(::std::convert::Into::into).collect(),
                        );
                        self
                    }
                    /// Sends the request: scope check, validation, rate limit, timeout, retries.
                    /// (`.await` on the builder does the same, with the future boxed.)
                    pub async fn send(
                        self,
                    ) -> crate::Result<$crate::types::QuickRepliesResponse> {
                        self.texter.execute(&self).await
                    }
                }
                impl ::std::future::IntoFuture for ListQuickReplies {
                    type Output = crate::Result<$crate::types::QuickRepliesResponse>;
                    type IntoFuture = ::std::pin::Pin<
                        ::std::boxed::Box<
                            dyn ::std::future::Future<Output = Self::Output> + Send,
                        >,
                    >;
                    fn into_future(self) -> Self::IntoFuture {
                        ::std::boxed::Box::pin(self.send())
                    }
                }
                impl $crate::request::Request for ListQuickReplies {
                    const OPERATION: &'static $crate::catalog::Operation = &$crate::operations::LIST_QUICK_REPLIES;
                    type Response = $crate::types::QuickRepliesResponse;
                    type Output = $crate::types::QuickRepliesResponse;
                    fn validate(
                        &self,
                    ) -> ::std::result::Result<(), $crate::validation::Invalid> {
                        if let Some(v) = &self.skip {
                            $crate::validation::check_int(
                                "skip",
                                *v,
                                &$crate::schemas::LIST_QUICK_REPLIES_SKIP,
                            )?;
                        }
                        if let Some(v) = &self.limit {
                            $crate::validation::check_int(
                                "limit",
                                *v,
                                &$crate::schemas::LIST_QUICK_REPLIES_LIMIT,
                            )?;
                        }
                        if let Some(v) = &self.for_chat_account_id {
                            $crate::validation::check_str(
                                "forChat[accountId]",
                                v,
                                &$crate::schemas::LIST_QUICK_REPLIES_FOR_CHAT_ACCOUNT_ID,
                            )?;
                        }
                        if let Some(v) = &self.for_chat_id {
                            $crate::validation::check_str(
                                "forChat[id]",
                                v,
                                &$crate::schemas::LIST_QUICK_REPLIES_FOR_CHAT_ID,
                            )?;
                        }
                        $crate::validation::check_together(
                            &[
                                ("forChat[name]", self.for_chat_name.is_some()),
                                ("forChat[accountId]", self.for_chat_account_id.is_some()),
                            ],
                        )?;
                        Ok(())
                    }
                    fn send<'c>(
                        &'c self,
                        client: &'c $crate::Client,
                        exchange: &'c $crate::exchange::Exchange,
                    ) -> impl ::std::future::Future<
                        Output = ::std::result::Result<
                            $crate::ResponseValue<Self::Response>,
                            $crate::request::ApiError,
                        >,
                    > + Send + 'c {
                        async move {
                            #[allow(unused_mut)]
                            let mut request = $crate::exchange::request(
                                client,
                                Self::OPERATION,
                                $crate::exchange::Method::GET,
                                &["/quick-replies"],
                                true,
                            )?;
                            if let Some(v) = &self.for_chat_account_id {
                                request = request
                                    .query(
                                        &$crate::exchange::QueryParam::new(
                                            "forChat[accountId]",
                                            v,
                                        ),
                                    );
                            }
                            if let Some(v) = &self.for_chat_id {
                                request = request
                                    .query(
                                        &$crate::exchange::QueryParam::new(
                                            "forChat[id]",
                                            v,
                                        ),
                                    );
                            }
                            if let Some(v) = &self.for_chat_name {
                                request = request
                                    .query(
                                        &$crate::exchange::QueryParam::new(
                                            "forChat[name]",
                                            v,
                                        ),
                                    );
                            }
                            if let Some(v) = &self.has_contents_type {
                                request = request
                                    .query(
                                        &$crate::exchange::QueryParam::new(
                                            "hasContentsType",
                                            v,
                                        ),
                                    );
                            }
                            if let Some(v) = &self.limit {
                                request = request
                                    .query(
                                        &$crate::exchange::QueryParam::new("limit", v),
                                    );
                            }
                            if let Some(v) = &self.position {
                                request = request
                                    .query(
                                        &$crate::exchange::QueryParam::new("position", v),
                                    );
                            }
                            if let Some(v) = &self.skip {
                                request = request
                                    .query(
                                        &$crate::exchange::QueryParam::new("skip", v),
                                    );
                            }
                            if let Some(v) = &self.sort_created {
                                request = request
                                    .query(
                                        &$crate::exchange::QueryParam::new(
                                            "sortCreated",
                                            v,
                                        ),
                                    );
                            }
                            if let Some(v) = &self.sort_title {
                                request = request
                                    .query(
                                        &$crate::exchange::QueryParam::new("sortTitle", v),
                                    );
                            }
                            if let Some(v) = &self.sort_updated {
                                request = request
                                    .query(
                                        &$crate::exchange::QueryParam::new(
                                            "sortUpdated",
                                            v,
                                        ),
                                    );
                            }
                            let response = exchange.execute(client, request.build()?).await?;
                            $crate::builder::ListQuickReplies::dispatch(response).await
                        }
                    }
                    fn decode_path(
                        body: &[u8],
                    ) -> ::std::option::Option<(::std::string::String, ::std::string::String)> {
                        $crate::request::json_path::<
                            $crate::types::QuickRepliesResponse,
                        >(body)
                    }
                    fn output(
                        response: Self::Response,
                    ) -> ::std::result::Result<
                        Self::Output,
                        $crate::request::Unsuccessful,
                    > {
                        Ok(response)
                    }
                }
                impl crate::pagination::OffsetPaged for ListQuickReplies {
                    type Item = $crate::types::QuickReply;
                    fn with_page(mut self, limit: i64, skip: i64) -> Self {
                        self.limit = Some(limit);
                        self.skip = Some(skip);
                        self
                    }
                    fn page_size(&self) -> ::std::option::Option<i64> {
                        self.limit
                    }
                    fn first_skip(&self) -> ::std::option::Option<i64> {
                        self.skip
                    }
                    fn total(page: &Self::Output) -> ::std::option::Option<i64> {
                        page.total
                    }
                    fn items(page: &Self::Output) -> &[Self::Item] {
                        &page.quick_replies
                    }
                    fn into_items(page: Self::Output) -> ::std::vec::Vec<Self::Item> {
                        page.quick_replies
                    }
                    fn fetch(
                        self,
                    ) -> impl ::std::future::Future<
                        Output = crate::Result<Self::Output>,
                    > + Send {
                        self.send()
                    }
                }
                impl ListQuickReplies {
                    /// Every page, from this request's `skip` on, with this request's filters;
                    /// `.items()` turns the pages into their items. Stops on an empty page or
                    /// once `total` is covered; a repeated page ends it with a pagination error.
                    pub fn all(
                        self,
                    ) -> crate::pagination::Pages<
                        $crate::types::QuickRepliesResponse,
                        $crate::types::QuickReply,
                    > {
                        crate::pagination::offset_pages(self)
                    }
                }
                /// A request of **Create Quick Reply** (`createQuickReply`); see [`QuickReplies::create`].
                #[derive(Clone, Debug)]
                #[must_use = "a request does nothing until `.send().await`"]
                pub struct CreateQuickReply {
                    texter: crate::Texter,
                    body: $crate::types::CreateQuickReplyRequest,
                }
                impl CreateQuickReply {
                    /// `display` (body).
                    pub fn display(
                        mut self,
                        value: impl ::std::convert::Into<
                            $crate::types::QuickReplyDisplay,
                        >,
                    ) -> Self {
                        self.body.display = Some(value.into());
                        self
                    }
                    /// The whole body ([`CreateQuickReplyRequest`](texterchat_api::types::CreateQuickReplyRequest)), replacing what the arguments and setters set.
                    pub fn replace_body(
                        mut self,
                        body: impl ::std::convert::Into<
                            $crate::types::CreateQuickReplyRequest,
                        >,
                    ) -> Self {
                        self.body = body.into();
                        self
                    }
                    /// Sends the request: scope check, validation, rate limit, timeout, retries.
                    /// (`.await` on the builder does the same, with the future boxed.)
                    pub async fn send(
                        self,
                    ) -> crate::Result<$crate::types::QuickReply> {
                        self.texter.execute(&self).await
                    }
                }
                impl ::std::future::IntoFuture for CreateQuickReply {
                    type Output = crate::Result<$crate::types::QuickReply>;
                    type IntoFuture = ::std::pin::Pin<
                        ::std::boxed::Box<
                            dyn ::std::future::Future<Output = Self::Output> + Send,
                        >,
                    >;
                    fn into_future(self) -> Self::IntoFuture {
                        ::std::boxed::Box::pin(self.send())
                    }
                }
                impl $crate::request::Request for CreateQuickReply {
                    const OPERATION: &'static $crate::catalog::Operation = &$crate::operations::CREATE_QUICK_REPLY;
                    type Response = $crate::types::QuickReply;
                    type Output = $crate::types::QuickReply;
                    fn validate(
                        &self,
                    ) -> ::std::result::Result<(), $crate::validation::Invalid> {
                        $crate::validation::check(
                            &$crate::request::wire(&self.body),
                            &$crate::schemas::CREATE_QUICK_REPLY_REQUEST,
                        )?;
                        Ok(())
                    }
                    fn send<'c>(
                        &'c self,
                        client: &'c $crate::Client,
                        exchange: &'c $crate::exchange::Exchange,
                    ) -> impl ::std::future::Future<
                        Output = ::std::result::Result<
                            $crate::ResponseValue<Self::Response>,
                            $crate::request::ApiError,
                        >,
                    > + Send + 'c {
                        async move {
                            #[allow(unused_mut)]
                            let mut request = $crate::exchange::request(
                                client,
                                Self::OPERATION,
                                $crate::exchange::Method::POST,
                                &["/quick-replies"],
                                true,
                            )?;
                            request = request.json(&self.body);
                            let response = exchange.execute(client, request.build()?).await?;
                            $crate::builder::CreateQuickReply::dispatch(response).await
                        }
                    }
                    fn decode_path(
                        body: &[u8],
                    ) -> ::std::option::Option<(::std::string::String, ::std::string::String)> {
                        $crate::request::json_path::<
                            $crate::types::QuickReply,
                        >(body)
                    }
                    fn output(
                        response: Self::Response,
                    ) -> ::std::result::Result<
                        Self::Output,
                        $crate::request::Unsuccessful,
                    > {
                        Ok(response)
                    }
                }
                /// A request of **Update Existing Quick Reply** (`updateQuickReply`); see [`QuickReplies::update`].
                #[derive(Clone, Debug)]
                #[must_use = "a request does nothing until `.send().await`"]
                pub struct UpdateQuickReply {
                    texter: crate::Texter,
                    quick_reply_id: ::std::string::String,
                    body: ::std::vec::Vec<$crate::types::QuickReplyUpdate>,
                }
                impl UpdateQuickReply {
                    /// The whole body ([`UpdateQuickReply body`](texterchat_api::types::UpdateQuickReply body)), replacing what the arguments and setters set.
                    pub fn replace_body(
                        mut self,
                        body: impl ::std::convert::Into<
                            ::std::vec::Vec<$crate::types::QuickReplyUpdate>,
                        >,
                    ) -> Self {
                        self.body = body.into();
                        self
                    }
                    /// Sends the request: scope check, validation, rate limit, timeout, retries.
                    /// (`.await` on the builder does the same, with the future boxed.)
                    pub async fn send(
                        self,
                    ) -> crate::Result<$crate::types::QuickReply> {
                        self.texter.execute(&self).await
                    }
                }
                impl ::std::future::IntoFuture for UpdateQuickReply {
                    type Output = crate::Result<$crate::types::QuickReply>;
                    type IntoFuture = ::std::pin::Pin<
                        ::std::boxed::Box<
                            dyn ::std::future::Future<Output = Self::Output> + Send,
                        >,
                    >;
                    fn into_future(self) -> Self::IntoFuture {
                        ::std::boxed::Box::pin(self.send())
                    }
                }
                impl $crate::request::Request for UpdateQuickReply {
                    const OPERATION: &'static $crate::catalog::Operation = &$crate::operations::UPDATE_QUICK_REPLY;
                    type Response = $crate::types::QuickReply;
                    type Output = $crate::types::QuickReply;
                    fn validate(
                        &self,
                    ) -> ::std::result::Result<(), $crate::validation::Invalid> {
                        {
                            let v = &self.quick_reply_id;
                            $crate::validation::check_str(
                                "quickReplyId",
                                v,
                                &$crate::schemas::UPDATE_QUICK_REPLY_QUICK_REPLY_ID,
                            )?;
                        }
                        $crate::validation::check(
                            &$crate::request::wire(&self.body),
                            &$crate::schemas::UPDATE_QUICK_REPLY_BODY,
                        )?;
                        Ok(())
                    }
                    fn send<'c>(
                        &'c self,
                        client: &'c $crate::Client,
                        exchange: &'c $crate::exchange::Exchange,
                    ) -> impl ::std::future::Future<
                        Output = ::std::result::Result<
                            $crate::ResponseValue<Self::Response>,
                            $crate::request::ApiError,
                        >,
                    > + Send + 'c {
                        async move {
                            #[allow(unused_mut)]
                            let mut request = $crate::exchange::request(
                                client,
                                Self::OPERATION,
                                $crate::exchange::Method::PATCH,
                                &[
                                    "/quick-replies/",
                                    &exchange
                                        .segment(
                                            "quickReplyId",
                                            &::std::string::ToString::to_string(&self.quick_reply_id),
                                        )?,
                                ],
                                true,
                            )?;
                            request = request.json(&self.body);
                            let response = exchange.execute(client, request.build()?).await?;
                            $crate::builder::UpdateQuickReply::dispatch(response).await
                        }
                    }
                    fn decode_path(
                        body: &[u8],
                    ) -> ::std::option::Option<(::std::string::String, ::std::string::String)> {
                        $crate::request::json_path::<
                            $crate::types::QuickReply,
                        >(body)
                    }
                    fn output(
                        response: Self::Response,
                    ) -> ::std::result::Result<
                        Self::Output,
                        $crate::request::Unsuccessful,
                    > {
                        Ok(response)
                    }
                }
                /// A request of **Delete Quick Reply** (`deleteQuickReply`); see [`QuickReplies::delete`].
                #[derive(Clone, Debug)]
                #[must_use = "a request does nothing until `.send().await`"]
                pub struct DeleteQuickReply {
                    texter: crate::Texter,
                    quick_reply_id: ::std::string::String,
                }
                impl DeleteQuickReply {
                    /// Sends the request: scope check, validation, rate limit, timeout, retries.
                    /// (`.await` on the builder does the same, with the future boxed.)
                    pub async fn send(self) -> crate::Result<()> {
                        self.texter.execute(&self).await
                    }
                }
                impl ::std::future::IntoFuture for DeleteQuickReply {
                    type Output = crate::Result<()>;
                    type IntoFuture = ::std::pin::Pin<
                        ::std::boxed::Box<
                            dyn ::std::future::Future<Output = Self::Output> + Send,
                        >,
                    >;
                    fn into_future(self) -> Self::IntoFuture {
                        ::std::boxed::Box::pin(self.send())
                    }
                }
                impl $crate::request::Request for DeleteQuickReply {
                    const OPERATION: &'static $crate::catalog::Operation = &$crate::operations::DELETE_QUICK_REPLY;
                    type Response = ();
                    type Output = ();
                    fn validate(
                        &self,
                    ) -> ::std::result::Result<(), $crate::validation::Invalid> {
                        {
                            let v = &self.quick_reply_id;
                            $crate::validation::check_str(
                                "quickReplyId",
                                v,
                                &$crate::schemas::DELETE_QUICK_REPLY_QUICK_REPLY_ID,
                            )?;
                        }
                        Ok(())
                    }
                    fn send<'c>(
                        &'c self,
                        client: &'c $crate::Client,
                        exchange: &'c $crate::exchange::Exchange,
                    ) -> impl ::std::future::Future<
                        Output = ::std::result::Result<
                            $crate::ResponseValue<Self::Response>,
                            $crate::request::ApiError,
                        >,
                    > + Send + 'c {
                        async move {
                            #[allow(unused_mut)]
                            let mut request = $crate::exchange::request(
                                client,
                                Self::OPERATION,
                                $crate::exchange::Method::DELETE,
                                &[
                                    "/quick-replies/",
                                    &exchange
                                        .segment(
                                            "quickReplyId",
                                            &::std::string::ToString::to_string(&self.quick_reply_id),
                                        )?,
                                ],
                                true,
                            )?;
                            let response = exchange.execute(client, request.build()?).await?;
                            $crate::builder::DeleteQuickReply::dispatch(response).await
                        }
                    }
                    fn decode_path(
                        body: &[u8],
                    ) -> ::std::option::Option<(::std::string::String, ::std::string::String)> {
                        $crate::request::no_path(body)
                    }
                    fn output(
                        response: Self::Response,
                    ) -> ::std::result::Result<
                        Self::Output,
                        $crate::request::Unsuccessful,
                    > {
                        Ok(response)
                    }
                }
            }
            /// The `subscriptions` operations (generated from the spec). Event subscriptions. A subscription is a Texter scenario whose action POSTs
            /// `{eventName, eventData}` to your URL; you create one by importing a ready-made scenario body.
            pub mod subscriptions {
                /// The `subscriptions` operations of a [`Texter`](crate::Texter): `texter.subscriptions()`.
                #[derive(Clone, Copy, Debug)]
                pub struct Subscriptions<'a> {
                    pub(crate) texter: &'a crate::Texter,
                }
                impl<'a> Subscriptions<'a> {
                    /// The client this handle calls with.
                    pub fn texter(&self) -> &'a crate::Texter {
                        self.texter
                    }
                    /// **Import Subscription (subscribe to an event)** — `POST /scenarios/manage/import`
                    ///
                    /// Creates an event subscription by importing a ready-made scenario body: take the body of
                    /// the event you want, put your URL at `data.actions[0].params.url` (and fill the event's
                    /// other placeholders), and choose `asStatus`. Answers 201 with the new Scenario; keep its
                    /// `_id`. The path comes from Texter's own code; the rest from the reference.
                    ///
                    /// - Scopes: Create scenarios, Manage scenarios on behalf of user
                    /// - Idempotent: no: retried only when it provably did not reach Texter (could not connect, HTTP 408/429)
                    /// - Source: Texter's own code (not the reference)
                    /// - `data` (body): required
                    /// - Body: [`ImportSubscriptionRequest`](texterchat_api::types::ImportSubscriptionRequest), checked against the spec before sending
                    ///
                    /// Returns a [`ImportSubscription`] builder; `.send().await` sends it.
                    pub fn import(
                        &self,
                        data: impl ::std::convert::Into<
                            $crate::types::ScenarioDefinition,
                        >,
                    ) -> ImportSubscription {
                        let texter = self.texter;
                        ImportSubscription {
                            texter: texter.clone(),
                            body: $crate::types::ImportSubscriptionRequest::new(data),
                        }
                    }
                    /// **List All Subscriptions** — `GET /scenarios/manage`
                    ///
                    /// Lists scenarios, event subscriptions among them (their names start with `(SUB) `). Whether
                    /// Manage scenarios on behalf of user is needed too is not documented. Other query parameters
                    /// (pagination, filters), if any, are not documented.
                    ///
                    /// - Scopes: View scenarios
                    /// - Idempotent: yes: retried after timeouts, transport failures and HTTP 408/429/502/503/504
                    /// - Source: Texter's API reference
                    ///
                    /// Returns a [`ListSubscriptions`] builder; `.send().await` sends it.
                    pub fn list(&self) -> ListSubscriptions {
                        let texter = self.texter;
                        ListSubscriptions {
                            texter: texter.clone(),
                            include_system: None,
                        }
                    }
                    /// **Copy Scenario** — `POST /scenarios/manage/{scenarioId}/copy`
                    ///
                    /// Creates a new scenario from one revision of an existing one. The success status (200 or
                    /// 201) is not documented; any 2xx is accepted. Whether Manage scenarios on behalf of user is
                    /// needed too is not documented.
                    ///
                    /// - Scopes: Create scenarios
                    /// - Idempotent: no: retried only when it provably did not reach Texter (could not connect, HTTP 408/429)
                    /// - Source: Texter's API reference
                    /// - `scenarioId` (path): one URL segment
                    /// - Body: [`CopyScenarioRequest`](texterchat_api::types::CopyScenarioRequest), checked against the spec before sending
                    ///
                    /// Returns a [`CopyScenario`] builder; `.send().await` sends it.
                    pub fn copy(
                        &self,
                        scenario_id: impl ::std::convert::Into<::std::string::String>,
                    ) -> CopyScenario {
                        let texter = self.texter;
                        CopyScenario {
                            texter: texter.clone(),
                            scenario_id: scenario_id.into(),
                            body: $crate::types::CopyScenarioRequest::new(),
                        }
                    }
                }
                /// A request of **Import Subscription (subscribe to an event)** (`importSubscription`); see [`Subscriptions::import`].
                #[derive(Clone, Debug)]
                #[must_use = "a request does nothing until `.send().await`"]
                pub struct ImportSubscription {
                    texter: crate::Texter,
                    body: $crate::types::ImportSubscriptionRequest,
                }
                impl ImportSubscription {
                    /// `asStatus` (body): `active` enables it at once, `inactive` saves an inactive revision, `draft` saves a
                    /// draft (mentioned on the Import page only). The ready-made bodies use `active`.
                    pub fn as_status(
                        mut self,
                        value: impl ::std::convert::Into<$crate::enums::ScenarioStatus>,
                    ) -> Self {
                        self.body.as_status = Some(value.into());
                        self
                    }
                    /// `authorUid` (body): Texter user uid to attribute the import to; attributed automatically when omitted.
                    ///
                    /// Rule: at least 1 character.
                    pub fn author_uid(
                        mut self,
                        value: impl ::std::convert::Into<::std::string::String>,
                    ) -> Self {
                        self.body.author_uid = Some(value.into());
                        self
                    }
                    /// The whole body ([`ImportSubscriptionRequest`](texterchat_api::types::ImportSubscriptionRequest)), replacing what the arguments and setters set.
                    pub fn replace_body(
                        mut self,
                        body: impl ::std::convert::Into<
                            $crate::types::ImportSubscriptionRequest,
                        >,
                    ) -> Self {
                        self.body = body.into();
                        self
                    }
                    /// Sends the request: scope check, validation, rate limit, timeout, retries.
                    /// (`.await` on the builder does the same, with the future boxed.)
                    pub async fn send(self) -> crate::Result<$crate::types::Scenario> {
                        self.texter.execute(&self).await
                    }
                }
                impl ::std::future::IntoFuture for ImportSubscription {
                    type Output = crate::Result<$crate::types::Scenario>;
                    type IntoFuture = ::std::pin::Pin<
                        ::std::boxed::Box<
                            dyn ::std::future::Future<Output = Self::Output> + Send,
                        >,
                    >;
                    fn into_future(self) -> Self::IntoFuture {
                        ::std::boxed::Box::pin(self.send())
                    }
                }
                impl $crate::request::Request for ImportSubscription {
                    const OPERATION: &'static $crate::catalog::Operation = &$crate::operations::IMPORT_SUBSCRIPTION;
                    type Response = $crate::types::Scenario;
                    type Output = $crate::types::Scenario;
                    fn validate(
                        &self,
                    ) -> ::std::result::Result<(), $crate::validation::Invalid> {
                        $crate::validation::check(
                            &$crate::request::wire(&self.body),
                            &$crate::schemas::IMPORT_SUBSCRIPTION_REQUEST,
                        )?;
                        Ok(())
                    }
                    fn send<'c>(
                        &'c self,
                        client: &'c $crate::Client,
                        exchange: &'c $crate::exchange::Exchange,
                    ) -> impl ::std::future::Future<
                        Output = ::std::result::Result<
                            $crate::ResponseValue<Self::Response>,
                            $crate::request::ApiError,
                        >,
                    > + Send + 'c {
                        async move {
                            #[allow(unused_mut)]
                            let mut request = $crate::exchange::request(
                                client,
                                Self::OPERATION,
                                $crate::exchange::Method::POST,
                                &["/scenarios/manage/import"],
                                true,
                            )?;
                            request = request.json(&self.body);
                            let response = exchange.execute(client, request.build()?).await?;
                            $crate::builder::ImportSubscription::dispatch(response)
                                .await
                        }
                    }
                    fn decode_path(
                        body: &[u8],
                    ) -> ::std::option::Option<(::std::string::String, ::std::string::String)> {
                        $crate::request::json_path::<
                            $crate::types::Scenario,
                        >(body)
                    }
                    fn output(
                        response: Self::Response,
                    ) -> ::std::result::Result<
                        Self::Output,
                        $crate::request::Unsuccessful,
                    > {
                        Ok(response)
                    }
                }
                /// A request of **List All Subscriptions** (`listSubscriptions`); see [`Subscriptions::list`].
                #[derive(Clone, Debug)]
                #[must_use = "a request does nothing until `.send().await`"]
                pub struct ListSubscriptions {
                    texter: crate::Texter,
                    include_system: ::std::option::Option<bool>,
                }
                impl ListSubscriptions {
                    /// `includeSystem`: Also return Texter's built-in system scenarios (those with a `system` identifier).
                    pub fn include_system(
                        mut self,
                        value: impl ::std::convert::Into<bool>,
                    ) -> Self {
                        self.include_system = Some(value.into());
                        self
                    }
                    /// Sends the request: scope check, validation, rate limit, timeout, retries.
                    /// (`.await` on the builder does the same, with the future boxed.)
                    pub async fn send(
                        self,
                    ) -> crate::Result<$crate::types::ScenariosResponse> {
                        self.texter.execute(&self).await
                    }
                }
                impl ::std::future::IntoFuture for ListSubscriptions {
                    type Output = crate::Result<$crate::types::ScenariosResponse>;
                    type IntoFuture = ::std::pin::Pin<
                        ::std::boxed::Box<
                            dyn ::std::future::Future<Output = Self::Output> + Send,
                        >,
                    >;
                    fn into_future(self) -> Self::IntoFuture {
                        ::std::boxed::Box::pin(self.send())
                    }
                }
                impl $crate::request::Request for ListSubscriptions {
                    const OPERATION: &'static $crate::catalog::Operation = &$crate::operations::LIST_SUBSCRIPTIONS;
                    type Response = $crate::types::ScenariosResponse;
                    type Output = $crate::types::ScenariosResponse;
                    fn validate(
                        &self,
                    ) -> ::std::result::Result<(), $crate::validation::Invalid> {
                        Ok(())
                    }
                    fn send<'c>(
                        &'c self,
                        client: &'c $crate::Client,
                        exchange: &'c $crate::exchange::Exchange,
                    ) -> impl ::std::future::Future<
                        Output = ::std::result::Result<
                            $crate::ResponseValue<Self::Response>,
                            $crate::request::ApiError,
                        >,
                    > + Send + 'c {
                        async move {
                            #[allow(unused_mut)]
                            let mut request = $crate::exchange::request(
                                client,
                                Self::OPERATION,
                                $crate::exchange::Method::GET,
                                &["/scenarios/manage"],
                                true,
                            )?;
                            if let Some(v) = &self.include_system {
                                request = request
                                    .query(
                                        &$crate::exchange::QueryParam::new(
                                            "includeSystem",
                                            v,
                                        ),
                                    );
                            }
                            let response = exchange.execute(client, request.build()?).await?;
                            $crate::builder::ListSubscriptions::dispatch(response)
                                .await
                        }
                    }
                    fn decode_path(
                        body: &[u8],
                    ) -> ::std::option::Option<(::std::string::String, ::std::string::String)> {
                        $crate::request::json_path::<
                            $crate::types::ScenariosResponse,
                        >(body)
                    }
                    fn output(
                        response: Self::Response,
                    ) -> ::std::result::Result<
                        Self::Output,
                        $crate::request::Unsuccessful,
                    > {
                        Ok(response)
                    }
                }
                /// A request of **Copy Scenario** (`copyScenario`); see [`Subscriptions::copy`].
                #[derive(Clone, Debug)]
                #[must_use = "a request does nothing until `.send().await`"]
                pub struct CopyScenario {
                    texter: crate::Texter,
                    scenario_id: ::std::string::String,
                    body: $crate::types::CopyScenarioRequest,
                }
                impl CopyScenario {
                    /// `authorUid` (body): Inferred - the other scenario write endpoints accept it.
                    pub fn author_uid(
                        mut self,
                        value: impl ::std::convert::Into<::std::string::String>,
                    ) -> Self {
                        self.body.author_uid = Some(value.into());
                        self
                    }
                    /// `fromVersion` (body): The revision version to copy.
                    pub fn from_version(
                        mut self,
                        value: impl ::std::convert::Into<i64>,
                    ) -> Self {
                        self.body.from_version = Some(value.into());
                        self
                    }
                    /// `newName` (body): Name of the new scenario.
                    ///
                    /// Rule: at least 1 character.
                    pub fn new_name(
                        mut self,
                        value: impl ::std::convert::Into<::std::string::String>,
                    ) -> Self {
                        self.body.new_name = Some(value.into());
                        self
                    }
                    /// The whole body ([`CopyScenarioRequest`](texterchat_api::types::CopyScenarioRequest)), replacing what the arguments and setters set.
                    pub fn replace_body(
                        mut self,
                        body: impl ::std::convert::Into<
                            $crate::types::CopyScenarioRequest,
                        >,
                    ) -> Self {
                        self.body = body.into();
                        self
                    }
                    /// Sends the request: scope check, validation, rate limit, timeout, retries.
                    /// (`.await` on the builder does the same, with the future boxed.)
                    pub async fn send(self) -> crate::Result<$crate::types::Scenario> {
                        self.texter.execute(&self).await
                    }
                }
                impl ::std::future::IntoFuture for CopyScenario {
                    type Output = crate::Result<$crate::types::Scenario>;
                    type IntoFuture = ::std::pin::Pin<
                        ::std::boxed::Box<
                            dyn ::std::future::Future<Output = Self::Output> + Send,
                        >,
                    >;
                    fn into_future(self) -> Self::IntoFuture {
                        ::std::boxed::Box::pin(self.send())
                    }
                }
                impl $crate::request::Request for CopyScenario {
                    const OPERATION: &'static $crate::catalog::Operation = &$crate::operations::COPY_SCENARIO;
                    type Response = $crate::types::Scenario;
                    type Output = $crate::types::Scenario;
                    fn validate(
                        &self,
                    ) -> ::std::result::Result<(), $crate::validation::Invalid> {
                        {
                            let v = &self.scenario_id;
                            $crate::validation::check_str(
                                "scenarioId",
                                v,
                                &$crate::schemas::COPY_SCENARIO_SCENARIO_ID,
                            )?;
                        }
                        $crate::validation::check(
                            &$crate::request::wire(&self.body),
                            &$crate::schemas::COPY_SCENARIO_REQUEST,
                        )?;
                        Ok(())
                    }
                    fn send<'c>(
                        &'c self,
                        client: &'c $crate::Client,
                        exchange: &'c $crate::exchange::Exchange,
                    ) -> impl ::std::future::Future<
                        Output = ::std::result::Result<
                            $crate::ResponseValue<Self::Response>,
                            $crate::request::ApiError,
                        >,
                    > + Send + 'c {
                        async move {
                            #[allow(unused_mut)]
                            let mut request = $crate::exchange::request(
                                client,
                                Self::OPERATION,
                                $crate::exchange::Method::POST,
                                &[
                                    "/scenarios/manage/",
                                    &exchange
                                        .segment(
                                            "scenarioId",
                                            &::std::string::ToString::to_string(&self.scenario_id),
                                        )?,
                                    "/copy",
                                ],
                                true,
                            )?;
                            request = request.json(&self.body);
                            let response = exchange.execute(client, request.build()?).await?;
                            $crate::builder::CopyScenario::dispatch(response).await
                        }
                    }
                    fn decode_path(
                        body: &[u8],
                    ) -> ::std::option::Option<(::std::string::String, ::std::string::String)> {
                        $crate::request::json_path::<
                            $crate::types::Scenario,
                        >(body)
                    }
                    fn output(
                        response: Self::Response,
                    ) -> ::std::result::Result<
                        Self::Output,
                        $crate::request::Unsuccessful,
                    > {
                        Ok(response)
                    }
                }
            }
        }
        impl crate::Texter {
            /// The `chats` operations. Find, read, assign, resolve and update chats (one conversation with one contact on one channel account).
            pub fn chats(&self) -> surface::chats::Chats<'_> {
                surface::chats::Chats {
                    texter: self,
                }
            }
            /// The `messages` operations. Read the messages of a chat and send session messages inside WhatsApp's 24-hour window.
            pub fn messages(&self) -> surface::messages::Messages<'_> {
                surface::messages::Messages {
                    texter: self,
                }
            }
            /// The `files` operations. Public links to files Texter holds (message media).
            pub fn files(&self) -> surface::files::Files<'_> {
                surface::files::Files {
                    texter: self,
                }
            }
            /// The `labels` operations. The label catalog and the labels of a chat.
            pub fn labels(&self) -> surface::labels::Labels<'_> {
                surface::labels::Labels {
                    texter: self,
                }
            }
            /// The `templates` operations. WhatsApp template messages - send them, and create, localize, submit, update and delete them.
            pub fn templates(&self) -> surface::templates::Templates<'_> {
                surface::templates::Templates {
                    texter: self,
                }
            }
            /// The `template-subscriptions` operations. Opt recipients out of (and back into) template messages, and list who opted out.
            pub fn template_subscriptions(
                &self,
            ) -> surface::template_subscriptions::TemplateSubscriptions<'_> {
                surface::template_subscriptions::TemplateSubscriptions {
                    texter: self,
                }
            }
            /// The `quick-replies` operations. Prepared messages offered to agents in the inbox.
            pub fn quick_replies(&self) -> surface::quick_replies::QuickReplies<'_> {
                surface::quick_replies::QuickReplies {
                    texter: self,
                }
            }
            /// The `subscriptions` operations. Event subscriptions. A subscription is a Texter scenario whose action POSTs
            /// `{eventName, eventData}` to your URL; you create one by importing a ready-made scenario body.
            pub fn subscriptions(&self) -> surface::subscriptions::Subscriptions<'_> {
                surface::subscriptions::Subscriptions {
                    texter: self,
                }
            }
        }
    };
}
