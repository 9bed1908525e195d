//! Turns the spec into the files of `crates/texterchat-api/src/`.

use std::collections::{BTreeMap, BTreeSet};

use heck::{ToPascalCase, ToShoutySnakeCase, ToSnakeCase};
use proc_macro2::TokenStream;
use quote::{ToTokens, format_ident, quote};
use serde_json::Value;

use crate::lint;
use crate::spec::{self, Spec};

/// Schemas replaced by hand-written unit types in `texterchat_api::time`.
pub const UNIT_TYPES: [(&str, &str); 3] = [
    ("EpochMillis", "crate::time::EpochMillis"),
    ("EpochSeconds", "crate::time::EpochSeconds"),
    ("IsoDateTime", "crate::time::IsoDateTime"),
];

/// One generated file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GeneratedFile {
    /// Relative to the workspace root.
    pub path: &'static str,
    pub contents: String,
}

/// What a generation run produced, for the summary line.
#[derive(Debug, Clone, Default)]
pub struct Summary {
    pub operations: usize,
    pub schemas: usize,
    pub open_enums: usize,
    pub scopes: usize,
    pub constraints: usize,
    pub webhook_events: usize,
    pub methods: usize,
}

pub const HEADER: &str = "// @generated from openapi/texter.yaml by `cargo xtask generate`. Do not edit by hand:\n// edit the spec and run `cargo xtask generate` (CI runs `cargo xtask generate --check`).\n\n";

/// Renders tokens as a generated file (header, then prettyplease).
pub fn render_tokens(tokens: TokenStream) -> Result<String, String> {
    render(tokens)
}

fn render(tokens: TokenStream) -> Result<String, String> {
    let file: syn::File =
        syn::parse2(tokens).map_err(|e| format!("generated code does not parse: {e}"))?;
    Ok(format!("{HEADER}{}", prettyplease::unparse(&file)))
}

/// Generates every file. Fails on lint violations or generator errors.
pub fn generate(spec: &Spec) -> Result<(Vec<GeneratedFile>, Summary), String> {
    let violations = lint::lint(spec);
    if !violations.is_empty() {
        let list = violations
            .iter()
            .map(|v| format!("  - {v}"))
            .collect::<Vec<_>>()
            .join("\n");
        return Err(format!(
            "{} has {} authoring rule violation(s):\n{list}",
            spec.path.display(),
            violations.len()
        ));
    }
    let mut summary = Summary {
        operations: spec.operations().len(),
        schemas: spec.schemas().len(),
        ..Summary::default()
    };
    let (client, client_file) = generate_client(spec)?;
    let surface = crate::surface::generate(spec, &client_file)?;
    summary.methods = surface.methods;
    let (enums, open_enums) = generate_enums(spec)?;
    summary.open_enums = open_enums;
    let (scopes, n_scopes) = generate_catalog(spec)?;
    summary.scopes = n_scopes;
    let (limits, n_limits) = generate_limits(spec)?;
    summary.constraints = n_limits;
    let webhooks = generate_webhooks(spec)?;
    let import_bodies = generate_import_bodies(spec)?;
    summary.webhook_events = spec.webhook_events()?.len();
    Ok((
        vec![
            GeneratedFile {
                path: "crates/texterchat-api/src/generated.rs",
                contents: client,
            },
            GeneratedFile {
                path: "crates/texterchat-api/src/surface.rs",
                contents: surface.surface_rs,
            },
            GeneratedFile {
                path: "crates/texterchat-api/src/schemas.rs",
                contents: surface.schemas_rs,
            },
            GeneratedFile {
                path: "crates/texterchat-api/src/enums.rs",
                contents: enums,
            },
            GeneratedFile {
                path: "crates/texterchat-api/src/scopes.rs",
                contents: scopes,
            },
            GeneratedFile {
                path: "crates/texterchat-api/src/limits.rs",
                contents: limits,
            },
            GeneratedFile {
                path: "crates/texterchat-api/src/webhooks.rs",
                contents: webhooks,
            },
            GeneratedFile {
                path: IMPORT_BODIES_RS,
                contents: import_bodies,
            },
        ],
        summary,
    ))
}

// ---------------------------------------------------------------------------------------------
// The progenitor client

/// The spec as progenitor sees it. Two deliberate differences from the published document, in
/// schemas reachable from a request (so that a request carries exactly what the caller set):
///
/// - optional arrays and maps are marked nullable. typify otherwise generates them as plain
///   `Vec`/`Map` fields skipped when empty, so a caller could not send `"departments": []` to
///   clear a list in a PATCH; as `Option<…>`, `None` is "leave it alone" and `Some(vec![])` is
///   "set it to empty". The SDK never sends `null` for them;
/// - `default`s of optional properties are dropped. typify otherwise fills them in and always
///   sends them (`"isDefault": false` on every create); the default is the server's to apply.
///
/// And everywhere: an object with `properties` and `additionalProperties: true` gets
/// `additionalProperties: {}`, which typify turns into a flattened `extra` map; with `true` it
/// silently drops the keys the spec does not list, though the spec says they are data.
pub fn progenitor_input(spec: &Spec) -> Result<openapiv3::OpenAPI, String> {
    let (_, requests) = lint::response_and_request_schemas(spec);
    let mut raw = spec.raw.clone();
    if let Some(Value::Object(schemas)) = raw.pointer_mut("/components/schemas") {
        schemas.values_mut().for_each(keep_additional_properties);
    }
    for name in &requests {
        if let Some(schema) = raw.pointer_mut(&format!("/components/schemas/{name}")) {
            mark_optional_collections_nullable(schema);
            strip_constraints(schema);
        }
    }
    // Parameters too: their rules are checked by the generated validation, not by newtypes.
    if let Some(Value::Object(params)) = raw.pointer_mut("/components/parameters") {
        params.values_mut().for_each(strip_constraints);
    }
    if let Some(Value::Object(paths)) = raw.pointer_mut("/paths") {
        for item in paths.values_mut() {
            if let Some(Value::Array(ps)) = item.get_mut("parameters") {
                ps.iter_mut().for_each(strip_constraints);
            }
            if let Some(Value::Object(ops)) = Some(item) {
                for op in ops.values_mut() {
                    if let Some(Value::Array(ps)) = op.get_mut("parameters") {
                        ps.iter_mut().for_each(strip_constraints);
                    }
                }
            }
        }
    }
    serde_json::from_value(raw).map_err(|e| format!("internal: spec no longer parses: {e}"))
}

/// Validating keywords, removed from what progenitor sees: the generated validation
/// (`schemas.rs`) checks them once, before sending, naming the field; typify would otherwise
/// turn each constrained value into a newtype checked a second time, on conversion.
const CONSTRAINTS: [&str; 9] = [
    "minLength",
    "maxLength",
    "pattern",
    "minimum",
    "maximum",
    "minItems",
    "maxItems",
    "uniqueItems",
    "minProperties",
];

fn strip_constraints(value: &mut Value) {
    match value {
        Value::Object(map) => {
            let is_schema_like = map.contains_key("type")
                || map.contains_key("allOf")
                || map.contains_key("$ref")
                || map.contains_key("items");
            if is_schema_like {
                for key in CONSTRAINTS {
                    map.remove(key);
                }
            }
            for (key, v) in map.iter_mut() {
                // Examples are data, not schemas.
                if key != "example" && key != "examples" && key != "enum" {
                    strip_constraints(v);
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(strip_constraints),
        _ => {}
    }
}

fn keep_additional_properties(schema: &mut Value) {
    let Some(obj) = schema.as_object_mut() else {
        return;
    };
    if obj.contains_key("properties") && obj.get("additionalProperties") == Some(&Value::Bool(true))
    {
        obj.insert(
            "additionalProperties".into(),
            Value::Object(Default::default()),
        );
    }
    if let Some(Value::Object(props)) = obj.get_mut("properties") {
        props.values_mut().for_each(keep_additional_properties);
    }
    for key in ["items", "additionalProperties"] {
        if let Some(sub) = obj.get_mut(key) {
            keep_additional_properties(sub);
        }
    }
    for key in ["allOf", "oneOf", "anyOf"] {
        if let Some(Value::Array(subs)) = obj.get_mut(key) {
            subs.iter_mut().for_each(keep_additional_properties);
        }
    }
}

fn mark_optional_collections_nullable(schema: &mut Value) {
    for key in ["oneOf", "allOf", "anyOf"] {
        if let Some(Value::Array(subs)) = schema.get_mut(key) {
            subs.iter_mut().for_each(mark_optional_collections_nullable);
        }
    }
    let required: BTreeSet<String> = schema
        .get("required")
        .and_then(Value::as_array)
        .map(|r| {
            r.iter()
                .filter_map(Value::as_str)
                .map(str::to_string)
                .collect()
        })
        .unwrap_or_default();
    let Some(Value::Object(props)) = schema.get_mut("properties") else {
        return;
    };
    for (name, prop) in props.iter_mut() {
        let Some(obj) = prop.as_object_mut() else {
            continue;
        };
        let ty = obj.get("type").and_then(Value::as_str).map(str::to_string);
        let ty = ty.as_deref();
        let is_array = ty == Some("array");
        let is_map = ty == Some("object")
            && obj.contains_key("additionalProperties")
            && !obj.contains_key("properties");
        if !required.contains(name) {
            obj.remove("default");
            if is_array || is_map {
                obj.insert("nullable".into(), Value::Bool(true));
            }
        }
        if ty == Some("object") && obj.contains_key("properties") {
            mark_optional_collections_nullable(prop);
        }
    }
}

fn generate_client(spec: &Spec) -> Result<(String, syn::File), String> {
    use progenitor::{
        GenerationSettings, Generator, HooksMode, InterfaceStyle, TagStyle, TypeImpl,
    };

    let mut settings = GenerationSettings::default();
    settings
        // Builder style: optional parameters are named setters, so adding one to the spec never
        // breaks a caller, and `send()` reports which argument failed conversion.
        .with_interface(InterfaceStyle::Builder)
        // One `Client`; the API groups are modules of the ergonomic crate, not generated traits.
        .with_tag(TagStyle::Merged)
        // The bearer token travels in `ClientContext` (marked sensitive; its Debug prints
        // neither it nor the header maps built from it) and is set on every request, by our
        // `ClientHooks` impl (lib.rs) or `exchange::request`, so it works with any
        // `reqwest::Client` a user passes in and never lives in a client's default headers.
        .with_inner_type(quote!(crate::ClientContext))
        .with_hooks(HooksMode::Expected)
        // Tests and users compare decoded values.
        .with_derive("PartialEq")
        // Deterministic order when maps are printed or re-encoded.
        .with_map_type("::std::collections::BTreeMap");
    // Every component enum is an open enum we generate ourselves (enums.rs): a value the spec
    // does not list decodes to `Unknown` instead of failing the whole response.
    for (name, schema) in spec.schemas() {
        if spec::is_component_enum(&schema) {
            settings.with_replacement(
                &name,
                format!("crate::enums::{name}"),
                [TypeImpl::Display, TypeImpl::FromStr].into_iter(),
            );
        }
    }
    // Time fields carry their unit in their type.
    for (name, path) in UNIT_TYPES {
        settings.with_replacement(name, path, [TypeImpl::Display].into_iter());
    }
    let api = progenitor_input(spec)?;
    let tokens = Generator::new(&settings)
        .generate_tokens(&api)
        .map_err(|e| format!("progenitor failed: {e}"))?;
    let mut path_parameters = std::collections::BTreeMap::new();
    for op in spec.operations() {
        for name in op.path.split('{').skip(1).filter_map(|s| s.split_once('}')) {
            path_parameters.insert(name.0.to_snake_case(), name.0.to_string());
        }
    }
    let mut rewritten = 0;
    let tokens = encode_segments(tokens, &path_parameters, &mut rewritten)?;
    if rewritten == 0 {
        return Err("internal: progenitor no longer builds paths with `encode_path`; the path-segment check would be lost".into());
    }
    let mut file: syn::File =
        syn::parse2(tokens).map_err(|e| format!("generated code does not parse: {e}"))?;
    let grown = make_types_growable(spec, &mut file)?;
    if grown == 0 {
        return Err("internal: no generated struct found in `mod types`".into());
    }
    let dropped = drop_type_builders(&mut file)?;
    if dropped == 0 {
        return Err(
            "internal: no request body held as a typify builder; the builder rewrite is stale"
                .into(),
        );
    }
    let skipped = send_only_present_query_parameters(&mut file)?;
    if skipped == 0 {
        return Err("internal: no optional query parameter found in progenitor's builders".into());
    }
    let split = split_response_dispatch(&mut file)?;
    if split != spec.operations().len() {
        return Err(format!(
            "internal: {split} of {} operation builders end their `send` with the status match the dispatch split needs",
            spec.operations().len()
        ));
    }
    let tokens = quote!(#file);
    Ok((render(tokens)?, file))
}

/// progenitor's status match with `ResponseValue::{from_response, stream, empty}` replaced by
/// `crate::decode`'s, which move the response's headers into the value instead of copying them.
fn move_headers(dispatch: syn::ExprMatch) -> Result<syn::ExprMatch, String> {
    let text = quote!(#dispatch).to_string();
    let mut replaced = 0;
    let mut out = text.clone();
    for f in ["from_response", "stream", "empty"] {
        let from = format!("ResponseValue :: {f} (");
        replaced += out.matches(&from).count();
        out = out.replace(&from, &format!("crate :: decode :: {f} ("));
    }
    if replaced == 0 || out.contains("ResponseValue ::") {
        return Err(format!(
            "internal: a status match builds its `ResponseValue` in a way the header move does not know: {text}"
        ));
    }
    syn::parse_str(&out)
        .map_err(|e| format!("internal: the rewritten status match does not parse: {e}"))
}

/// progenitor's `send` builds the request, runs the hooks, executes it and then turns the
/// response into the operation's result with a `match` on the status that the spec's
/// responses decide. That match moves into an associated `dispatch(response)`, which `send`
/// calls: the ergonomic crate's executor sends each request itself (no hooks, no task-local)
/// and still decodes every answer exactly as progenitor does. Returns how many builders were
/// split.
fn split_response_dispatch(file: &mut syn::File) -> Result<usize, String> {
    let builder = crate::index::find_mod_mut(&mut file.items, "builder")?;
    let mut split = 0;
    for item in builder.iter_mut() {
        let syn::Item::Impl(imp) = item else { continue };
        let mut added = Vec::new();
        for impl_item in imp.items.iter_mut() {
            let syn::ImplItem::Fn(f) = impl_item else {
                continue;
            };
            if f.sig.ident != "send" {
                continue;
            }
            let Some(syn::Stmt::Expr(syn::Expr::Match(m), None)) = f.block.stmts.last() else {
                return Err(format!(
                    "internal: a builder's `send` no longer ends with a status match: {}",
                    quote!(#f)
                ));
            };
            let scrutinee = &m.expr;
            if quote!(#scrutinee).to_string().replace(' ', "") != "response.status().as_u16()" {
                return Err(format!(
                    "internal: a builder's `send` ends with a match on `{}`, not on the status",
                    quote!(#scrutinee)
                ));
            }
            let dispatch = move_headers(m.clone())?;
            let output = &f.sig.output;
            added.push(syn::ImplItem::Fn(syn::parse_quote! {
                /// Turns a response of this operation into its result, as `send` does.
                #[doc(hidden)]
                pub async fn dispatch(response: reqwest::Response) #output {
                    #dispatch
                }
            }));
            if let Some(last) = f.block.stmts.last_mut() {
                *last = syn::Stmt::Expr(syn::parse_quote!(Self::dispatch(response).await), None);
            }
            split += 1;
        }
        imp.items.extend(added);
    }
    Ok(split)
}

/// progenitor's builder interface comes with a typify builder for every struct
/// (`types::builder::X`, half of the generated lines), used only to hold an operation's body
/// between `.body(..)` and `send()`, where it is converted back. The generated `new()` and
/// setters of every type (see `make_types_growable`) already build values, so the typify
/// builders go: an operation builder holds its body as `types::X`, `body_map` goes with them,
/// and a body never given is an error naming it instead of a default. This halves the
/// generated code users compile, and each call skips a conversion to the builder and back.
/// Returns how many operation bodies were rewritten.
fn drop_type_builders(file: &mut syn::File) -> Result<usize, String> {
    // In `types`: the builder module and each type's `builder()` constructor; and which types'
    // `new` (made by `make_types_growable`) takes no argument.
    let types = crate::index::find_mod_mut(&mut file.items, "types")?;
    types.retain(|item| !matches!(item, syn::Item::Mod(m) if m.ident == "builder"));
    let mut new_without_arguments = BTreeSet::new();
    for item in types.iter_mut() {
        if let syn::Item::Impl(imp) = item {
            imp.items
                .retain(|i| !matches!(i, syn::ImplItem::Fn(f) if f.sig.ident == "builder"));
            if imp.trait_.is_none()
                && let syn::Type::Path(tp) = &*imp.self_ty
                && let Some(name) = tp.path.segments.last()
                && imp.items.iter().any(|i| {
                    matches!(i, syn::ImplItem::Fn(f) if f.sig.ident == "new" && f.sig.inputs.is_empty())
                })
            {
                new_without_arguments.insert(name.ident.to_string());
            }
        }
    }
    types.retain(|item| !matches!(item, syn::Item::Impl(imp) if imp.items.is_empty() && imp.trait_.is_none()));
    // In the operation builders: bodies held as the type itself.
    let builder = crate::index::find_mod_mut(&mut file.items, "builder")?;
    // Operation builder → its body's type, for the builders whose body was a typify builder.
    let mut bodies = BTreeMap::new();
    for item in builder.iter_mut() {
        let syn::Item::Struct(st) = item else {
            continue;
        };
        for field in st.fields.iter_mut() {
            let ty = field.ty.to_token_stream().to_string();
            if ty.contains("types :: builder ::") {
                let ty: syn::Type = syn::parse2(
                    ty.replace("types :: builder ::", "types ::")
                        .parse::<TokenStream>()
                        .map_err(|e| format!("internal: builder rewrite does not parse: {e}"))?,
                )
                .map_err(|e| format!("internal: {e}"))?;
                let body_type = result_body_type_name(&ty).ok_or_else(|| {
                    format!(
                        "internal: `{}`'s body type is not `Result<types::X, String>`",
                        st.ident
                    )
                })?;
                field.ty = ty;
                bodies.insert(st.ident.to_string(), body_type);
            }
        }
    }
    let mut rewritten = 0;
    for item in builder.iter_mut() {
        let syn::Item::Impl(imp) = item else { continue };
        let Some(name) = (match &*imp.self_ty {
            syn::Type::Path(tp) => tp.path.segments.last().map(|s| s.ident.to_string()),
            _ => None,
        }) else {
            continue;
        };
        let Some(body_type) = bodies.get(&name) else {
            continue;
        };
        imp.items
            .retain(|i| !matches!(i, syn::ImplItem::Fn(f) if f.sig.ident == "body_map"));
        let mut done = BTreeSet::new();
        for impl_item in imp.items.iter_mut() {
            let syn::ImplItem::Fn(f) = impl_item else {
                continue;
            };
            let fn_name = f.sig.ident.to_string();
            let changed = match fn_name.as_str() {
                // `Self { client, body: Ok(Default::default()) }`: a type whose `new` takes
                // nothing starts from it, as the typify builder's default did; any other body
                // must be given (progenitor's own words for an enum body that was not).
                "new" => {
                    let ty = format_ident!("{body_type}");
                    let start: syn::Expr = if new_without_arguments.contains(body_type) {
                        syn::parse_quote!(Ok(types::#ty::new()))
                    } else {
                        syn::parse_quote!(Err("body was not initialized".to_string()))
                    };
                    let mut changed = false;
                    for stmt in f.block.stmts.iter_mut() {
                        if let syn::Stmt::Expr(syn::Expr::Struct(st), _) = stmt {
                            for field in st.fields.iter_mut() {
                                if matches!(&field.member, syn::Member::Named(m) if m == "body") {
                                    field.expr = start.clone();
                                    changed = true;
                                }
                            }
                        }
                    }
                    changed
                }
                // `value.try_into().map(From::from).map_err(..)`: the `From` went to the
                // builder.
                "body" => {
                    let text = f.to_token_stream().to_string();
                    let from = ". map (From :: from)";
                    let changed = text.matches(from).count() == 1;
                    if changed {
                        *f = syn::parse2(
                            text.replace(from, "")
                                .parse::<TokenStream>()
                                .map_err(|e| format!("internal: {e}"))?,
                        )
                        .map_err(|e| format!("internal: {e}"))?;
                    }
                    changed
                }
                // `let body = body.and_then(|v| X::try_from(v)..)..?`: nothing to convert back.
                "send" => {
                    let mut changed = false;
                    for stmt in f.block.stmts.iter_mut() {
                        if let syn::Stmt::Local(local) = stmt
                            && matches!(&local.pat, syn::Pat::Ident(p) if p.ident == "body")
                            && let Some(init) = &mut local.init
                            && init.expr.to_token_stream().to_string().contains("try_from")
                        {
                            *init.expr = syn::parse_quote!(body.map_err(Error::InvalidRequest)?);
                            changed = true;
                        }
                    }
                    changed
                }
                _ => continue,
            };
            if changed {
                done.insert(fn_name);
            }
        }
        if done.len() != 3 {
            return Err(format!(
                "internal: progenitor's `{name}` builder changed shape: rewrote only {done:?} of new, body and send"
            ));
        }
        rewritten += 1;
    }
    if rewritten != bodies.len() {
        return Err(format!(
            "internal: {} builders hold a typify builder, {rewritten} were rewritten",
            bodies.len()
        ));
    }
    Ok(rewritten)
}

/// `X` of `Result<types::X, String>`.
fn result_body_type_name(ty: &syn::Type) -> Option<String> {
    let syn::Type::Path(tp) = ty else { return None };
    let last = tp.path.segments.last()?;
    if last.ident != "Result" {
        return None;
    }
    let syn::PathArguments::AngleBracketed(args) = &last.arguments else {
        return None;
    };
    match args.args.first()? {
        syn::GenericArgument::Type(syn::Type::Path(inner)) => {
            let segments: Vec<_> = inner
                .path
                .segments
                .iter()
                .map(|s| s.ident.to_string())
                .collect();
            (segments.len() == 2 && segments[0] == "types").then(|| segments[1].clone())
        }
        _ => None,
    }
}

/// progenitor's `send()` calls `.query(..)` once for every declared query parameter, also for
/// the absent ones, and each call re-opens and re-closes the URL's query (about 300
/// instructions per absent parameter, measured with callgrind: Search Chats has 7). This
/// rewrites each builder's request chain so that an optional parameter is added only when it
/// has a value; the URL is the same byte for byte. Returns how many parameters became
/// conditional.
fn send_only_present_query_parameters(file: &mut syn::File) -> Result<usize, String> {
    let builder = crate::index::find_mod_mut(&mut file.items, "builder")?;
    // Which builder fields hold an optional value: `Result<Option<T>, String>`.
    let mut optional = BTreeSet::new();
    for item in builder.iter() {
        if let syn::Item::Struct(s) = item {
            for field in &s.fields {
                let ty = field.ty.to_token_stream().to_string().replace(' ', "");
                if (ty.contains("Result<::std::option::Option<") || ty.contains("Result<Option<"))
                    && let Some(name) = &field.ident
                {
                    optional.insert((s.ident.to_string(), name.to_string()));
                }
            }
        }
    }
    let mut made = 0;
    for item in builder.iter_mut() {
        let syn::Item::Impl(imp) = item else { continue };
        let syn::Type::Path(self_ty) = &*imp.self_ty else {
            continue;
        };
        let Some(builder_name) = self_ty.path.segments.last().map(|s| s.ident.to_string()) else {
            continue;
        };
        for impl_item in imp.items.iter_mut() {
            let syn::ImplItem::Fn(f) = impl_item else {
                continue;
            };
            if f.sig.ident != "send" {
                continue;
            }
            let mut stmts = Vec::with_capacity(f.block.stmts.len());
            for stmt in std::mem::take(&mut f.block.stmts) {
                match split_query_chain(&stmt, &builder_name, &optional)? {
                    Some((replacement, conditional)) => {
                        made += conditional;
                        stmts.extend(replacement);
                    }
                    None => stmts.push(stmt),
                }
            }
            f.block.stmts = stmts;
        }
    }
    Ok(made)
}

/// For `let mut request = BASE.query(..)...query(..).REST;`, the statements that build the
/// same request adding each optional parameter only when present, and how many were optional;
/// `None` for any other statement.
fn split_query_chain(
    stmt: &syn::Stmt,
    builder_name: &str,
    optional: &BTreeSet<(String, String)>,
) -> Result<Option<(Vec<syn::Stmt>, usize)>, String> {
    let syn::Stmt::Local(local) = stmt else {
        return Ok(None);
    };
    let syn::Pat::Ident(pat) = &local.pat else {
        return Ok(None);
    };
    if pat.ident != "request" {
        return Ok(None);
    }
    let Some(init) = &local.init else {
        return Ok(None);
    };
    // Unroll the chain: receiver first, then each call in order.
    let (tail_try, mut expr) = match &*init.expr {
        syn::Expr::Try(t) => (true, &*t.expr),
        other => (false, other),
    };
    let mut calls: Vec<&syn::ExprMethodCall> = Vec::new();
    while let syn::Expr::MethodCall(call) = expr {
        calls.push(call);
        expr = &call.receiver;
    }
    calls.reverse();
    let base = expr;
    let is_query = |c: &&syn::ExprMethodCall| c.method == "query";
    let Some(first) = calls.iter().position(is_query) else {
        return Ok(None);
    };
    let last = calls.iter().rposition(is_query).unwrap_or(first);
    if calls[first..=last].iter().any(|c| !is_query(c)) {
        return Err(format!(
            "internal: `{builder_name}::send` mixes `.query(..)` with other calls; the query rewrite needs them together"
        ));
    }
    let mut prefix: syn::Expr = base.clone();
    for call in &calls[..first] {
        let mut call = (*call).clone();
        call.receiver = Box::new(prefix);
        prefix = syn::Expr::MethodCall(call);
    }
    let mut out: Vec<syn::Stmt> = vec![syn::parse_quote! {
        #[allow(unused_mut)]
        let mut request = #prefix;
    }];
    let mut conditional = 0;
    for call in &calls[first..=last] {
        let args = &call.args;
        // `&progenitor_client::QueryParam::new("name", &field)`
        let parsed = match args.first() {
            Some(syn::Expr::Reference(r)) => match &*r.expr {
                syn::Expr::Call(c) => match (c.args.first(), c.args.iter().nth(1)) {
                    (Some(name), Some(syn::Expr::Reference(v))) => match &*v.expr {
                        syn::Expr::Path(p) => p.path.get_ident().map(|field| (name, field)),
                        _ => None,
                    },
                    _ => None,
                },
                _ => None,
            },
            _ => None,
        };
        let (name, field) = parsed.ok_or_else(|| {
            format!(
                "internal: `{builder_name}::send` has a `.query({})` the rewrite does not recognise",
                quote!(#args)
            )
        })?;
        if optional.contains(&(builder_name.to_string(), field.to_string())) {
            conditional += 1;
            out.push(syn::parse_quote! {
                if let ::std::option::Option::Some(value) = &#field {
                    request = request.query(&progenitor_client::QueryParam::new(#name, value));
                }
            });
        } else {
            out.push(syn::parse_quote! {
                request = request.query(#args);
            });
        }
    }
    let mut rest: syn::Expr = syn::parse_quote!(request);
    for call in &calls[last + 1..] {
        let mut call = (*call).clone();
        call.receiver = Box::new(rest);
        rest = syn::Expr::MethodCall(call);
    }
    let attrs = &local.attrs;
    let rest = if tail_try {
        quote!(#rest?)
    } else {
        quote!(#rest)
    };
    out.push(syn::parse_quote! {
        #(#attrs)*
        let mut request = #rest;
    });
    Ok(Some((out, conditional)))
}

/// Semver: a minor release may add fields (and enum variants) to the spec, so no user code may
/// depend on a generated type having exactly today's. Every struct with named fields and every
/// enum in `types` becomes `#[non_exhaustive]`, and every such struct gets
/// `new(required fields)`, which sets the optional ones to `None` (or their serde default).
/// A new optional field then changes neither `new` nor any `match`/field access users wrote.
/// Returns how many structs got a constructor.
fn make_types_growable(spec: &Spec, file: &mut syn::File) -> Result<usize, String> {
    let types = crate::index::find_mod_mut(&mut file.items, "types")?;
    let (_, requests) = lint::response_and_request_schemas(spec);
    let mut constructors: Vec<syn::Item> = Vec::new();
    for item in types.iter_mut() {
        match item {
            syn::Item::Struct(s) if matches!(s.fields, syn::Fields::Named(_)) => {
                s.attrs.push(syn::parse_quote!(#[non_exhaustive]));
                let setters = requests.contains(&s.ident.to_string());
                constructors.push(constructor(spec, s, setters)?);
            }
            syn::Item::Enum(e) => e.attrs.push(syn::parse_quote!(#[non_exhaustive])),
            _ => {}
        }
    }
    let made = constructors.len();
    types.extend(constructors);
    Ok(made)
}

/// Whether a generated field must be given to `new`: not an `Option`, not `#[serde(default)]`,
/// not a `#[serde(flatten)]` map of extra keys.
pub fn is_required_field(field: &syn::Field) -> bool {
    let is_option = matches!(&field.ty, syn::Type::Path(p)
        if p.path.segments.last().is_some_and(|s| s.ident == "Option"));
    let defaulted = field
        .attrs
        .iter()
        .filter(|a| a.path().is_ident("serde"))
        .any(|a| {
            quote!(#a)
                .to_string()
                .split(|c: char| !c.is_alphanumeric() && c != '_')
                .any(|w| w == "default" || w == "flatten")
        });
    !is_option && !defaulted
}

/// The required fields of a generated struct, in the order `new` takes them: the order of the
/// spec's `required` list when the struct is a component schema, else declaration order.
pub fn constructor_fields(spec: &Spec, item: &syn::ItemStruct) -> Vec<syn::Field> {
    let mut required: Vec<syn::Field> = item
        .fields
        .iter()
        .filter(|f| is_required_field(f))
        .cloned()
        .collect();
    let order: Vec<String> = spec
        .raw
        .pointer(&format!("/components/schemas/{}/required", item.ident))
        .and_then(Value::as_array)
        .map(|r| {
            r.iter()
                .filter_map(Value::as_str)
                .map(str::to_string)
                .collect()
        })
        .unwrap_or_default();
    required.sort_by_key(|f| {
        let wire = crate::index::serde_rename(&f.attrs)
            .or_else(|| f.ident.as_ref().map(ToString::to_string))
            .unwrap_or_default();
        order.iter().position(|w| *w == wire).unwrap_or(usize::MAX)
    });
    required
}

/// `new`, and for a type that requests carry, one chainable setter per optional field
/// (`TemplateComponent::new().type_(TemplateComponentType::Body).text("Hi")`), named as the
/// field: the growable stand-in for `X { a, b, ..Default::default() }`.
fn constructor(spec: &Spec, item: &syn::ItemStruct, setters: bool) -> Result<syn::Item, String> {
    let name = &item.ident;
    let setters: Vec<TokenStream> = item
        .fields
        .iter()
        .filter(|_| setters)
        .filter_map(|f| {
            let ident = f.ident.as_ref()?;
            let syn::Type::Path(p) = &f.ty else {
                return None;
            };
            let last = p.path.segments.last()?;
            if last.ident != "Option" {
                return None;
            }
            let syn::PathArguments::AngleBracketed(args) = &last.arguments else {
                return None;
            };
            let inner = args.args.first()?;
            let wire = crate::index::serde_rename(&f.attrs).unwrap_or_else(|| ident.to_string());
            let doc = format!(" Sets `{wire}`.");
            Some(quote! {
                #[doc = #doc]
                pub fn #ident(mut self, value: impl ::std::convert::Into<#inner>) -> Self {
                    self.#ident = Some(value.into());
                    self
                }
            })
        })
        .collect();
    let required = constructor_fields(spec, item);
    let args = required.iter().map(|f| {
        let (ident, ty) = (&f.ident, &f.ty);
        quote!(#ident: impl ::std::convert::Into<#ty>)
    });
    let inits = item.fields.iter().map(|f| {
        let ident = &f.ident;
        if is_required_field(f) {
            quote!(#ident: #ident.into())
        } else {
            quote!(#ident: ::std::default::Default::default())
        }
    });
    let doc = if required.is_empty() {
        format!(" A `{name}` with every field unset.")
    } else {
        let names: Vec<String> = required
            .iter()
            .filter_map(|f| f.ident.as_ref().map(|i| format!("`{i}`")))
            .collect();
        format!(
            " A `{name}` with its required fields ({}); every other field starts unset.",
            names.join(", ")
        )
    };
    syn::parse2(quote! {
        impl #name {
            #[doc = #doc]
            #[allow(clippy::too_many_arguments, clippy::new_without_default)]
            pub fn new(#(#args),*) -> Self {
                Self { #(#inits,)* }
            }
            #(#setters)*
        }
    })
    .map_err(|e| format!("internal: constructor of {name}: {e}"))
}

/// Replaces progenitor's `encode_path(&x.to_string())` with
/// `crate::path::encode_segment("wireName", &x.to_string())?`, which also encodes `\` and
/// refuses `.`, `..` and empty values, so a path parameter can never leave its segment; and
/// drops `encode_path` from the `use` lists.
fn encode_segments(
    tokens: TokenStream,
    parameters: &std::collections::BTreeMap<String, String>,
    rewritten: &mut usize,
) -> Result<TokenStream, String> {
    use proc_macro2::{Group, TokenTree};
    let mut out = Vec::new();
    let mut iter = tokens.into_iter().peekable();
    while let Some(tree) = iter.next() {
        match tree {
            TokenTree::Ident(ident) if ident == "encode_path" => match iter.peek() {
                Some(TokenTree::Group(g))
                    if g.delimiter() == proc_macro2::Delimiter::Parenthesis =>
                {
                    let args = g.stream();
                    let name = args
                        .clone()
                        .into_iter()
                        .find_map(|t| match t {
                            TokenTree::Ident(i) => parameters.get(&i.to_string()).cloned(),
                            _ => None,
                        })
                        .ok_or_else(|| format!("internal: `encode_path({args})` names no path parameter of the spec"))?;
                    iter.next();
                    *rewritten += 1;
                    out.extend(quote!(crate::path::encode_segment(#name, #args)?));
                }
                // In a `use` list: drop the name and its comma.
                _ => {
                    if matches!(iter.peek(), Some(TokenTree::Punct(p)) if p.as_char() == ',') {
                        iter.next();
                    }
                }
            },
            TokenTree::Group(g) => {
                let inner = encode_segments(g.stream(), parameters, rewritten)?;
                let mut new = Group::new(g.delimiter(), inner);
                new.set_span(g.span());
                out.push(TokenTree::Group(new));
            }
            other => out.push(other),
        }
    }
    Ok(out.into_iter().collect())
}

// ---------------------------------------------------------------------------------------------
// Open enums

fn doc_attr(text: &str) -> TokenStream {
    let lines: Vec<String> = text.trim_end().lines().map(|l| format!(" {l}")).collect();
    quote! { #(#[doc = #lines])* }
}

fn description(schema: &Value) -> String {
    schema
        .get("description")
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_string()
}

fn generate_enums(spec: &Spec) -> Result<(String, usize), String> {
    let mut items = Vec::new();
    for (name, schema) in spec.schemas() {
        if !spec::is_component_enum(&schema) {
            continue;
        }
        let values = schema
            .get("enum")
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default();
        let names: Vec<String> = match schema.get("x-texter-enum-names").and_then(Value::as_array) {
            Some(n) => n
                .iter()
                .map(|v| v.as_str().unwrap_or_default().to_string())
                .collect(),
            None => values
                .iter()
                .map(|v| v.as_str().unwrap_or_default().to_pascal_case())
                .collect(),
        };
        let descriptions: Vec<String> = schema
            .get("x-texter-enum-descriptions")
            .and_then(Value::as_array)
            .map(|d| {
                d.iter()
                    .map(|v| v.as_str().unwrap_or_default().to_string())
                    .collect()
            })
            .unwrap_or_else(|| vec![String::new(); values.len()]);
        let ident = format_ident!("{name}");
        let doc = doc_attr(&description(&schema));
        let integer = schema.get("type").and_then(Value::as_str) == Some("integer");
        let variants = values
            .iter()
            .zip(&names)
            .zip(&descriptions)
            .map(|((v, n), d)| {
                let var = format_ident!("{n}");
                let wire = if integer {
                    v.to_string()
                } else {
                    v.as_str().unwrap_or_default().to_string()
                };
                let vdoc = doc_attr(&if d.is_empty() {
                    format!("`{wire}`")
                } else {
                    format!("`{wire}`: {d}")
                });
                if integer {
                    let lit = v.as_i64().unwrap_or_default();
                    quote! { #vdoc #var = #lit => #d, }
                } else {
                    quote! { #vdoc #var = #wire => #d, }
                }
            });
        let tokens = if integer {
            quote! { crate::open_int_enum! { #doc pub enum #ident { #(#variants)* } } }
        } else {
            quote! { crate::open_string_enum! { #doc pub enum #ident { #(#variants)* } } }
        };
        items.push(tokens);
    }
    let n = items.len();
    Ok((
        render(quote! {
            //! Open enums: every value the spec lists, plus `Unknown` for values it does not.
            #(#items)*
        })?,
        n,
    ))
}

// ---------------------------------------------------------------------------------------------
// Scope catalog and operation table

fn source_variant(s: &str) -> TokenStream {
    match s {
        "reference" => quote!(crate::catalog::Source::Reference),
        "texter-code" => quote!(crate::catalog::Source::TexterCode),
        "inferred" => quote!(crate::catalog::Source::Inferred),
        _ => quote!(crate::catalog::Source::Unknown),
    }
}

fn scope_idents(ids: &[String]) -> Vec<TokenStream> {
    ids.iter()
        .map(|id| {
            let v = format_ident!("{}", id.to_pascal_case());
            quote!(Scope::#v)
        })
        .collect()
}

fn generate_catalog(spec: &Spec) -> Result<(String, usize), String> {
    let catalog = spec.scope_catalog()?;
    let bundles = spec.scope_bundles()?;
    let unpublished = spec.unpublished_operations()?;
    let tags = spec.tags();
    let ops = spec.operations();

    // Scope enum.
    let n_scopes = catalog.len();
    let variants: Vec<_> = catalog
        .iter()
        .map(|s| format_ident!("{}", s.id.to_pascal_case()))
        .collect();
    let scope_docs: Vec<_> = catalog
        .iter()
        .map(|s| doc_attr(&format!("\"{}\": {}", s.name, s.unlocks)))
        .collect();
    let ids: Vec<_> = catalog.iter().map(|s| s.id.as_str()).collect();
    let names: Vec<_> = catalog.iter().map(|s| s.name.as_str()).collect();
    let unlocks: Vec<_> = catalog.iter().map(|s| s.unlocks.as_str()).collect();

    // Groups.
    let group_variants: Vec<_> = tags
        .iter()
        .map(|t| format_ident!("{}", t.to_pascal_case()))
        .collect();
    let group_descriptions: Vec<String> = spec
        .raw
        .get("tags")
        .and_then(Value::as_array)
        .map(|ts| {
            ts.iter()
                .map(|t| {
                    t.get("description")
                        .and_then(Value::as_str)
                        .unwrap_or_default()
                        .trim()
                        .to_string()
                })
                .collect()
        })
        .unwrap_or_default();
    let group_docs: Vec<_> = group_descriptions.iter().map(|d| doc_attr(d)).collect();
    let group_bundles: Vec<_> = tags
        .iter()
        .map(|t| {
            let scopes = scope_idents(bundles.get(t).map(Vec::as_slice).unwrap_or(&[]));
            quote!(crate::catalog::ScopeSet::from_scopes(&[#(#scopes),*]))
        })
        .collect();
    let n_groups = tags.len();

    // Operations.
    let op_consts: Vec<_> = ops
        .iter()
        .map(|op| {
            let konst = format_ident!("{}", op.id.to_shouty_snake_case());
            let id = op.id.as_str();
            let method = op.method.as_str();
            let path = op.path.as_str();
            let summary = op.summary.as_str();
            let group = format_ident!("{}", op.tag().to_pascal_case());
            let scopes = scope_idents(op.scopes());
            let source = source_variant(op.source.as_deref().unwrap_or(""));
            let scopes_source = source_variant(
                op.scopes_source
                    .as_deref()
                    .or(op.source.as_deref())
                    .unwrap_or(""),
            );
            let idempotent = op.idempotent.unwrap_or(false);
            let client_fn = heck::ToSnakeCase::to_snake_case(id);
            let rust_method = format!("Client::{client_fn}");
            let doc = doc_attr(&format!(
                "{summary}: `{method} {path}` (generated client: [`crate::{rust_method}`])."
            ));
            quote! {
                #doc
                pub const #konst: Operation = Operation {
                    id: #id,
                    method: #method,
                    path: #path,
                    summary: #summary,
                    group: ApiGroup::#group,
                    scopes: ScopeSet::from_scopes(&[#(#scopes),*]),
                    source: #source,
                    scopes_source: #scopes_source,
                    idempotent: #idempotent,
                    client_fn: #client_fn,
                };
            }
        })
        .collect();
    let op_refs: Vec<_> = ops
        .iter()
        .map(|op| format_ident!("{}", op.id.to_shouty_snake_case()))
        .collect();
    let n_ops = ops.len();

    let unpublished_items: Vec<_> = unpublished
        .iter()
        .map(|u| {
            let name = u.name.as_str();
            let group = u.group.as_str();
            let scopes = scope_idents(&u.scopes);
            let source = source_variant(&u.scopes_source);
            let known = u.known.as_str();
            quote! {
                UnpublishedOperation {
                    name: #name,
                    group: #group,
                    scopes: ScopeSet::from_scopes(&[#(#scopes),*]),
                    scopes_source: #source,
                    known: #known,
                }
            }
        })
        .collect();
    let n_unpublished = unpublished.len();

    let tokens = quote! {
        //! The scope catalog, the API groups and the operation table, from the spec's
        //! `x-texter-scope-catalog`, `x-texter-scope-bundles`, `tags`, `x-texter-scopes` and
        //! `x-texter-unpublished-operations`.

        use crate::catalog::{Operation, ScopeSet, UnpublishedOperation};

        /// A token scope, as chosen when the token is created in Texter.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        pub enum Scope {
            #(#scope_docs #variants,)*
        }

        impl Scope {
            /// Every scope, in the order Texter's token dialog lists them.
            pub const ALL: [Scope; #n_scopes] = [#(Scope::#variants),*];

            /// The scope's stable id in the spec (snake_case).
            pub const fn id(self) -> &'static str {
                match self { #(Scope::#variants => #ids,)* }
            }

            /// The scope's name exactly as Texter's token dialog shows it.
            pub const fn display_name(self) -> &'static str {
                match self { #(Scope::#variants => #names,)* }
            }

            /// What the scope unlocks.
            pub const fn unlocks(self) -> &'static str {
                match self { #(Scope::#variants => #unlocks,)* }
            }
        }

        /// An API group: one tag of the spec, one module of the ergonomic crate.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        pub enum ApiGroup {
            #(#group_docs #group_variants,)*
        }

        impl ApiGroup {
            /// Every group, in spec order.
            pub const ALL: [ApiGroup; #n_groups] = [#(ApiGroup::#group_variants),*];

            /// The group's tag in the spec.
            pub const fn tag(self) -> &'static str {
                match self { #(ApiGroup::#group_variants => #tags,)* }
            }

            /// The suggested scope bundle for a token that works with this group.
            pub const fn suggested_bundle(self) -> ScopeSet {
                match self { #(ApiGroup::#group_variants => #group_bundles,)* }
            }
        }

        /// One constant per operation of the spec.
        pub mod operations {
            use super::{ApiGroup, Scope};
            use crate::catalog::{Operation, ScopeSet};
            #(#op_consts)*
        }

        /// Every operation of the spec, in spec order.
        pub const OPERATIONS: [Operation; #n_ops] = [#(operations::#op_refs),*];

        /// Operations Texter documents but whose method and path are not published; reach them
        /// with the raw request API.
        pub const UNPUBLISHED_OPERATIONS: [UnpublishedOperation; #n_unpublished] = [#(#unpublished_items),*];
    };
    Ok((render(tokens)?, n_scopes))
}

// ---------------------------------------------------------------------------------------------
// Request constraints

const CONSTRAINT_KEYS: [&str; 7] = [
    "minLength",
    "maxLength",
    "pattern",
    "minimum",
    "maximum",
    "minItems",
    "maxItems",
];

struct ConstraintItem {
    konst: String,
    location: String,
    schema: Value,
}

fn constraint_tokens(item: &ConstraintItem) -> TokenStream {
    let konst = format_ident!("{}", item.konst);
    let location = item.location.as_str();
    let s = &item.schema;
    let opt_u = |k: &str| match s.get(k).and_then(Value::as_u64) {
        Some(v) => quote!(Some(#v)),
        None => quote!(None),
    };
    let opt_i = |k: &str| match s.get(k).and_then(Value::as_i64) {
        Some(v) => quote!(Some(#v)),
        None => quote!(None),
    };
    let pattern = match s.get("pattern").and_then(Value::as_str) {
        Some(p) => quote!(Some(#p)),
        None => quote!(None),
    };
    let (min_length, max_length, minimum, maximum, min_items, max_items) = (
        opt_u("minLength"),
        opt_u("maxLength"),
        opt_i("minimum"),
        opt_i("maximum"),
        opt_u("minItems"),
        opt_u("maxItems"),
    );
    let doc = doc_attr(&format!("Constraints of `{location}`."));
    quote! {
        #doc
        pub const #konst: Constraint = Constraint {
            location: #location,
            min_length: #min_length,
            max_length: #max_length,
            pattern: #pattern,
            minimum: #minimum,
            maximum: #maximum,
            min_items: #min_items,
            max_items: #max_items,
        };
    }
}

fn has_constraint(schema: &Value) -> bool {
    CONSTRAINT_KEYS.iter().any(|k| schema.get(k).is_some())
}

/// Every constraint on a request value: component schema properties (and their array items),
/// operation parameters, and inline request bodies.
fn generate_limits(spec: &Spec) -> Result<(String, usize), String> {
    let (_, requests) = lint::response_and_request_schemas(spec);
    let mut items: Vec<ConstraintItem> = Vec::new();
    for (name, schema) in spec.schemas() {
        if !requests.contains(&name) {
            continue;
        }
        let mut push_props = |owner: &str, schema: &Value| {
            for (prop, ps) in schema
                .get("properties")
                .and_then(Value::as_object)
                .into_iter()
                .flatten()
            {
                if has_constraint(ps) {
                    items.push(ConstraintItem {
                        konst: format!("{}_{}", owner, prop).to_shouty_snake_case(),
                        location: format!("{owner}.{prop}"),
                        schema: ps.clone(),
                    });
                }
                if let Some(item) = ps.get("items").filter(|i| has_constraint(i)) {
                    items.push(ConstraintItem {
                        konst: format!("{}_{}_item", owner, prop).to_shouty_snake_case(),
                        location: format!("{owner}.{prop}[]"),
                        schema: item.clone(),
                    });
                }
                // Rules JSON Schema cannot state (e.g. list rows counted across sections).
                for (name, extra) in ps
                    .get("x-texter-constraints")
                    .and_then(Value::as_object)
                    .into_iter()
                    .flatten()
                {
                    let what = extra
                        .get("description")
                        .and_then(Value::as_str)
                        .unwrap_or(name);
                    items.push(ConstraintItem {
                        konst: format!("{}_{}_{}", owner, prop, name).to_shouty_snake_case(),
                        location: format!("{owner}.{prop} ({what})"),
                        schema: extra.clone(),
                    });
                }
            }
        };
        push_props(&name, &schema);
        for sub in schema
            .get("oneOf")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            if let Some(title) = sub.get("title").and_then(Value::as_str) {
                push_props(title, sub);
            }
        }
    }
    for op in spec.operations() {
        let mut params: Vec<Value> = op
            .raw
            .get("parameters")
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default();
        if let Some(path_params) = spec
            .raw
            .pointer(&format!(
                "/paths/{}/parameters",
                op.path.replace('~', "~0").replace('/', "~1")
            ))
            .and_then(Value::as_array)
        {
            params.extend(path_params.iter().cloned());
        }
        for p in params {
            let p = p
                .get("$ref")
                .and_then(Value::as_str)
                .and_then(|r| spec.resolve(r))
                .cloned()
                .unwrap_or(p);
            let pname = p.get("name").and_then(Value::as_str).unwrap_or_default();
            let Some(schema) = p.get("schema") else {
                continue;
            };
            let base = pname.replace(['[', ']'], " ");
            if has_constraint(schema) {
                items.push(ConstraintItem {
                    konst: format!("{} {}", op.id, base).to_shouty_snake_case(),
                    location: format!("{} parameter {pname}", op.id),
                    schema: schema.clone(),
                });
            }
            if let Some(item) = schema.get("items").filter(|i| has_constraint(i)) {
                items.push(ConstraintItem {
                    konst: format!("{} {} item", op.id, base).to_shouty_snake_case(),
                    location: format!("{} parameter {pname}[]", op.id),
                    schema: item.clone(),
                });
            }
        }
        if let Some(schema) = op
            .raw
            .pointer("/requestBody/content/application~1json/schema")
            .filter(|s| has_constraint(s))
        {
            items.push(ConstraintItem {
                konst: format!("{} body", op.id).to_shouty_snake_case(),
                location: format!("{} request body", op.id),
                schema: schema.clone(),
            });
        }
    }
    let mut seen = BTreeSet::new();
    for item in &items {
        if !seen.insert(item.konst.clone()) {
            return Err(format!(
                "two constraints would both be named `{}`; rename a schema or parameter",
                item.konst
            ));
        }
    }
    let consts: Vec<_> = items.iter().map(constraint_tokens).collect();
    let n = items.len();
    Ok((
        render(quote! {
            //! Constraints the spec puts on request values, for client-side validation.
            use crate::catalog::Constraint;
            #(#consts)*
        })?,
        n,
    ))
}

// ---------------------------------------------------------------------------------------------
// Webhook events

/// Where the table of import bodies goes, and the folder of the bodies beside it.
pub const IMPORT_BODIES_RS: &str = "crates/texterchat-api/src/import_bodies.rs";
pub const IMPORT_BODIES_DIR: &str = "crates/texterchat-api/src/import_bodies";

fn generate_webhooks(spec: &Spec) -> Result<String, String> {
    let events = spec.webhook_events()?;
    let enum_names: Vec<String> = spec
        .raw
        .pointer("/components/schemas/WebhookEventName/x-texter-enum-names")
        .and_then(Value::as_array)
        .map(|v| {
            v.iter()
                .filter_map(Value::as_str)
                .map(str::to_string)
                .collect()
        })
        .unwrap_or_default();
    let n = events.len();
    let infos: Vec<_> = events
        .iter()
        .map(|e| {
            let (name, title, data) = (e.name.as_str(), e.title.as_str(), e.data.as_str());
            let triggers = &e.triggers;
            let placeholders = &e.placeholders;
            let source = source_variant(&e.source);
            quote! {
                WebhookEventInfo {
                    name: #name,
                    title: #title,
                    data_schema: #data,
                    triggers: &[#(#triggers),*],
                    placeholders: &[#(#placeholders),*],
                    source: #source,
                }
            }
        })
        .collect();
    let variants: Vec<_> = enum_names.iter().map(|v| format_ident!("{v}")).collect();
    let datas: Vec<_> = events.iter().map(|e| format_ident!("{}", e.data)).collect();
    let names: Vec<&str> = events.iter().map(|e| e.name.as_str()).collect();
    let docs: Vec<_> = events
        .iter()
        .map(|e| {
            doc_attr(&format!(
                "`{}`: {} (data: [`crate::types::{}`], decoded leniently; the raw data is kept).",
                e.name, e.title, e.data
            ))
        })
        .collect();
    let tokens = quote! {
        //! The webhook events of the spec's `x-texter-webhook-events`, and a typed delivery.

        use crate::catalog::WebhookEventInfo;
        use crate::enums::WebhookEventName;
        use crate::webhook_support::{EventData, decode_lenient};

        /// Every documented webhook event, in spec order.
        pub const WEBHOOK_EVENTS: [WebhookEventInfo; #n] = [#(#infos),*];

        /// A webhook delivery with its data typed by event.
        #[derive(Clone, Debug, PartialEq)]
        #[non_exhaustive]
        pub enum Event {
            #(#docs #variants(EventData<crate::types::#datas>),)*
            /// An event this version of the SDK does not know, with its data as raw JSON.
            Unknown {
                /// The delivery's `eventName`.
                name: ::std::string::String,
                /// The delivery's `eventData`.
                data: ::serde_json::Value,
            },
        }

        impl Event {
            /// Decodes the data of the event named `name`; an unknown name gives
            /// [`Event::Unknown`]. Never fails: a value that does not fit its typed field is left
            /// out of the typed view and reported in [`EventData::problems`], and the data as
            /// received stays in [`EventData::raw`].
            pub fn from_parts(name: &str, data: ::serde_json::Value) -> Event {
                match name {
                    #(#names => Event::#variants(decode_lenient(data)),)*
                    _ => Event::Unknown { name: name.to_string(), data },
                }
            }

            /// The data as received (for every event, known or not).
            pub fn raw_data(&self) -> &::serde_json::Value {
                match self {
                    #(Event::#variants(d) => d.raw(),)*
                    Event::Unknown { data, .. } => data,
                }
            }

            /// The values of the data that did not fit their typed fields (empty for unknown
            /// events, whose data is not typed).
            pub fn problems(&self) -> &[crate::webhook_support::DataError] {
                match self {
                    #(Event::#variants(d) => d.problems(),)*
                    Event::Unknown { .. } => &[],
                }
            }

            /// The event's `eventName`.
            pub fn name(&self) -> &str {
                match self {
                    #(Event::#variants(_) => #names,)*
                    Event::Unknown { name, .. } => name,
                }
            }

            /// The event's kind (an `Unknown` name for unknown events).
            pub fn kind(&self) -> WebhookEventName {
                WebhookEventName::from(self.name())
            }
        }
    };
    render(tokens)
}

/// The import bodies, checked against the spec: each exists, names its event, carries the URL
/// placeholder at `data.actions[0].params.url` and exactly the placeholders the spec lists.
fn generate_import_bodies(spec: &Spec) -> Result<String, String> {
    let events = spec.webhook_events()?;
    let dir = crate::workspace_root().join(IMPORT_BODIES_DIR);
    let mut arms = Vec::new();
    for e in &events {
        let path = dir.join(format!("{}.json", e.name));
        let text = std::fs::read_to_string(&path).map_err(|err| {
            format!(
                "webhook event `{}` has no import body at {}: {err}",
                e.name,
                path.display()
            )
        })?;
        let body: Value = serde_json::from_str(&text)
            .map_err(|err| format!("{} is not valid JSON: {err}", path.display()))?;
        let url = body
            .pointer("/data/actions/0/params/url")
            .and_then(Value::as_str);
        if url != Some("{{yourWebhookURL}}") {
            return Err(format!(
                "{}: `data.actions[0].params.url` must be \"{{{{yourWebhookURL}}}}\"",
                path.display()
            ));
        }
        let name = body
            .pointer("/data/actions/0/params/data/eventName")
            .and_then(Value::as_str);
        if name != Some(e.name.as_str()) {
            return Err(format!(
                "{}: `data.actions[0].params.data.eventName` is {name:?}, not {:?}",
                path.display(),
                e.name
            ));
        }
        let mut found: BTreeSet<String> = BTreeSet::new();
        let mut rest = text.as_str();
        while let Some(start) = rest.find("{{") {
            let Some(len) = rest[start..].find("}}") else {
                break;
            };
            found.insert(rest[start..start + len + 2].to_string());
            rest = &rest[start + len + 2..];
        }
        found.remove("{{yourWebhookURL}}");
        let declared: BTreeSet<String> = e.placeholders.iter().cloned().collect();
        if found != declared {
            return Err(format!(
                "{}: placeholders {found:?} differ from the spec's {declared:?} for `{}`",
                path.display(),
                e.name
            ));
        }
        let variant = format_ident!(
            "{}",
            spec.raw
                .pointer("/components/schemas/WebhookEventName/x-texter-enum-names")
                .and_then(Value::as_array)
                .and_then(|names| {
                    let i = events.iter().position(|x| x.name == e.name)?;
                    names.get(i)?.as_str()
                })
                .unwrap_or_default()
        );
        let file = format!("import_bodies/{}.json", e.name);
        arms.push(quote! { WebhookEventName::#variant => Some(include_str!(#file)), });
    }
    render(quote! {
        //! The ready-made import body of every webhook event, from `import_bodies/`.

        use crate::enums::WebhookEventName;

        /// The import body of `kind`, with its placeholders still in; `None` for an unknown kind.
        pub fn import_body(kind: &WebhookEventName) -> Option<&'static str> {
            match kind {
                #(#arms)*
                _ => None,
            }
        }
    })
}
