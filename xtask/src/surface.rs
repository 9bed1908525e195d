//! The operation surface: for every operation of the spec, a method on a resource handle of its
//! tag, a request builder with its parameters and body, generated rustdoc, generated validation,
//! and (for offset-paged operations) streams of pages.
//!
//! Two files come out:
//!
//! - `schemas.rs`: the validation rules of every request schema and parameter, as static
//!   [`Node`](../../crates/texterchat-api/src/validation.rs) trees the hand-written interpreter
//!   walks;
//! - `surface.rs`: a `texter_surface!` macro that the ergonomic crate invokes once. Its items
//!   live in that crate (they name `crate::Texter`, `crate::Result`) while the xtask only ever
//!   writes into `crates/texterchat-api`; paths to this crate are `$crate::…`.
//!
//! Everything here is read from the spec (names, paths, parameters, constraints, scopes,
//! pagination) and from the types progenitor generated for it (the Rust type of each parameter
//! and body field), so a spec change reaches the surface by regeneration alone.

use std::collections::{BTreeMap, BTreeSet};

use heck::{ToPascalCase, ToShoutySnakeCase, ToSnakeCase};
use proc_macro2::{Ident, Span, TokenStream, TokenTree};
use quote::{format_ident, quote};
use serde_json::Value;

use crate::index::{find_mod, generic_args, strip_result};
use crate::spec::{Operation, Spec, schema_ref_name};

/// The placeholder for `$crate` while the macro body is built as ordinary Rust.
const API: &str = "__texterchat_api";

fn api() -> Ident {
    Ident::new(API, Span::call_site())
}

/// The two generated files.
pub struct Surface {
    pub surface_rs: String,
    pub schemas_rs: String,
    pub methods: usize,
    /// A readable index of the ergonomic surface, for the snapshot.
    pub index: String,
}

/// Tokens as a short type name for the index: paths dropped, `Option`/`Vec` kept.
fn short(tokens: &TokenStream) -> String {
    let text = tokens.to_string().replace(' ', "");
    let mut out = String::new();
    let mut word = String::new();
    for c in text.chars() {
        if c.is_alphanumeric() || c == '_' {
            word.push(c);
        } else if c == ':' {
            word.clear();
        } else {
            out.push_str(&word);
            word.clear();
            out.push(c);
        }
    }
    out.push_str(&word);
    out.replace(",>", ">").replace(',', ", ")
}

/// One parameter of an operation.
struct Param {
    wire: String,
    ident: Ident,
    /// The Rust type progenitor gives it (without `Option`).
    ty: TokenStream,
    is_array: bool,
    required: bool,
    description: String,
    schema: Value,
}

enum Shape {
    /// Decoded JSON.
    Json(TokenStream),
    /// Plain text (`OK`), read and dropped.
    Text,
    /// No body.
    Empty,
    /// `{success}`: `success: false` is an error.
    Success,
}

struct BodyField {
    ident: Ident,
    wire: String,
    ty: TokenStream,
    optional: bool,
    /// A `#[serde(flatten)]` map of extra keys: starts empty, no setter.
    flatten: bool,
    /// A `Vec`: its setter takes any iterator.
    is_vec: bool,
    doc: String,
}

struct Body {
    schema: String,
    ty: TokenStream,
    /// The fields of an object body: required ones become arguments of the method, optional
    /// ones setters. `None` for other bodies (an enum, a map), which are one argument.
    fields: Option<Vec<BodyField>>,
    /// The arguments of the body type's generated `new`, in its order (the types are
    /// `#[non_exhaustive]`, so the surface cannot build them with a struct literal).
    constructor: Vec<Ident>,
}

struct Paging {
    limit: Ident,
    skip: Ident,
    items: Option<Ident>,
    total: Option<Ident>,
    item_ty: TokenStream,
}

/// Rewrites the paths of a type taken from progenitor's output so it works from the ergonomic
/// crate: `types::X` and `crate::…` become paths into this crate; bare type names of the
/// `types` module get its path.
fn rewrite_type(tokens: TokenStream, in_types_module: bool) -> TokenStream {
    let api = api();
    let trees: Vec<TokenTree> = tokens.into_iter().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < trees.len() {
        let tree = &trees[i];
        let after_colons = i >= 2
            && matches!(&trees[i - 1], TokenTree::Punct(p) if p.as_char() == ':')
            && matches!(&trees[i - 2], TokenTree::Punct(p) if p.as_char() == ':');
        match tree {
            TokenTree::Ident(id) if !after_colons && (id == "crate" || id == "super") => {
                out.extend(quote!(#api));
            }
            TokenTree::Ident(id) if !after_colons && id == "types" => {
                out.extend(quote!(#api::types));
            }
            TokenTree::Ident(id)
                if in_types_module
                    && !after_colons
                    && id.to_string().starts_with(|c: char| c.is_ascii_uppercase())
                    && id != "Self" =>
            {
                out.extend(quote!(#api::types::#id));
            }
            TokenTree::Group(g) => {
                let inner = rewrite_type(g.stream(), in_types_module);
                out.push(TokenTree::Group(proc_macro2::Group::new(
                    g.delimiter(),
                    inner,
                )));
            }
            other => out.push(other.clone()),
        }
        i += 1;
    }
    out.into_iter().collect()
}

fn ty_tokens(ty: &syn::Type) -> TokenStream {
    quote!(#ty)
}

/// `Option<T>` → `Some(T)`.
fn option_inner(ty: &syn::Type) -> Option<&syn::Type> {
    if let syn::Type::Path(p) = ty
        && p.path.segments.last().is_some_and(|s| s.ident == "Option")
    {
        return generic_args(ty).first().copied();
    }
    None
}

fn is_vec(ty: &syn::Type) -> bool {
    matches!(ty, syn::Type::Path(p) if p.path.segments.last().is_some_and(|s| s.ident == "Vec"))
}

fn doc_lines(text: &str) -> TokenStream {
    let lines = text.lines().map(|l| format!(" {l}"));
    quote!(#(#[doc = #lines])*)
}

fn attr_doc(attrs: &[syn::Attribute]) -> String {
    attrs
        .iter()
        .filter(|a| a.path().is_ident("doc"))
        .filter_map(|a| match &a.meta {
            syn::Meta::NameValue(nv) => match &nv.value {
                syn::Expr::Lit(syn::ExprLit {
                    lit: syn::Lit::Str(s),
                    ..
                }) => Some(s.value().trim().to_string()),
                _ => None,
            },
            _ => None,
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The operation's parameters, path-level ones first, `$ref`s resolved.
fn parameters(spec: &Spec, op: &Operation) -> Vec<Value> {
    let mut out = Vec::new();
    let common = spec
        .raw
        .pointer(&format!(
            "/paths/{}/parameters",
            op.path.replace('~', "~0").replace('/', "~1")
        ))
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    let own = op
        .raw
        .get("parameters")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    for p in common.into_iter().chain(own) {
        let resolved = match p.get("$ref").and_then(Value::as_str) {
            Some(r) => spec.resolve(r).cloned().unwrap_or(p),
            None => p,
        };
        out.push(resolved);
    }
    out
}

fn deref<'a>(spec: &'a Spec, value: &'a Value) -> &'a Value {
    match value.get("$ref").and_then(Value::as_str) {
        Some(r) => spec.resolve(r).unwrap_or(value),
        None => value,
    }
}

/// The spec's summary of a schema's constraints, for docs: `at most 4096 characters`.
fn rule_text(schema: &Value) -> Vec<String> {
    let mut out = Vec::new();
    let n = |k: &str| schema.get(k).and_then(Value::as_i64);
    match (n("minLength"), n("maxLength")) {
        (Some(a), Some(b)) => out.push(format!("{a} to {b} characters")),
        (Some(a), None) => out.push(format!(
            "at least {a} character{}",
            if a == 1 { "" } else { "s" }
        )),
        (None, Some(b)) => out.push(format!("at most {b} characters")),
        _ => {}
    }
    if let Some(p) = schema.get("pattern").and_then(Value::as_str) {
        out.push(format!("matches `{p}`"));
    }
    match (n("minimum"), n("maximum")) {
        (Some(a), Some(b)) => out.push(format!("{a} to {b}")),
        (Some(a), None) => out.push(format!("at least {a}")),
        (None, Some(b)) => out.push(format!("at most {b}")),
        _ => {}
    }
    match (n("minItems"), n("maxItems")) {
        (Some(a), Some(b)) => out.push(format!("{a} to {b} items")),
        (Some(a), None) => out.push(format!(
            "at least {a} item{}",
            if a == 1 { "" } else { "s" }
        )),
        (None, Some(b)) => out.push(format!("at most {b} items")),
        _ => {}
    }
    if schema.get("uniqueItems").and_then(Value::as_bool) == Some(true) {
        out.push("no repeated values".into());
    }
    out
}

// ---------------------------------------------------------------------------------------------
// Validation nodes

struct Nodes<'s> {
    spec: &'s Spec,
    /// Component schemas that got a static, by name.
    statics: BTreeMap<String, TokenStream>,
    pending: Vec<String>,
}

impl<'s> Nodes<'s> {
    fn static_ident(name: &str) -> Ident {
        format_ident!("{}", name.to_shouty_snake_case())
    }

    /// A reference to the node of `schema` (an expression of type `&'static Node`).
    fn node(&mut self, schema: &Value, extra_rules: &[(&str, TokenStream)]) -> TokenStream {
        if let Some(r) = schema.get("$ref").and_then(Value::as_str)
            && extra_rules.is_empty()
        {
            let name = schema_ref_name(r).unwrap_or_default().to_string();
            if !self.statics.contains_key(&name) && !self.pending.contains(&name) {
                self.pending.push(name.clone());
            }
            let id = Self::static_ident(&name);
            return quote!(&#id);
        }
        let value = self.value(schema, extra_rules);
        quote!(&#value)
    }

    /// The node of `schema` as a value (an expression of type `Node`).
    fn value(&mut self, schema: &Value, extra_rules: &[(&str, TokenStream)]) -> TokenStream {
        if schema.get("$ref").is_some() {
            let reference = self.node(schema, extra_rules);
            return quote!(Node::AllOf(&[#reference]));
        }
        let schema = deref(self.spec, schema).clone();
        if let Some(parts) = schema.get("allOf").and_then(Value::as_array) {
            let mut nodes: Vec<TokenStream> = parts.iter().map(|p| self.node(p, &[])).collect();
            // Siblings of `allOf` (e.g. `maximum: 3` beside an enum's `$ref`) are rules too.
            let mut sibling = schema.clone();
            if let Some(o) = sibling.as_object_mut() {
                o.remove("allOf");
            }
            if !rule_text(&sibling).is_empty() {
                let rules = rules_tokens(&sibling, false);
                let kind = if sibling.get("minimum").is_some() || sibling.get("maximum").is_some() {
                    quote!(Int)
                } else {
                    quote!(Str)
                };
                nodes.push(quote!(&Node::#kind(&#rules)));
            }
            return quote!(Node::AllOf(&[#(#nodes),*]));
        }
        if let Some(branches) = schema.get("oneOf").and_then(Value::as_array) {
            let discriminator = schema
                .pointer("/discriminator/propertyName")
                .and_then(Value::as_str);
            let mapping = schema
                .pointer("/discriminator/mapping")
                .and_then(Value::as_object)
                .cloned()
                .unwrap_or_default();
            let mut arms = Vec::new();
            for (i, b) in branches.iter().enumerate() {
                let tag = match (discriminator, b.get("$ref").and_then(Value::as_str)) {
                    (Some(_), Some(r)) => mapping
                        .iter()
                        .find(|(_, target)| target.as_str() == Some(r))
                        .map(|(k, _)| k.clone())
                        .unwrap_or_else(|| schema_ref_name(r).unwrap_or_default().to_string()),
                    _ => deref(self.spec, b)
                        .get("title")
                        .and_then(Value::as_str)
                        .map(str::to_string)
                        .or_else(|| {
                            deref(self.spec, b)
                                .get("required")
                                .and_then(Value::as_array)
                                .and_then(|r| r.first())
                                .and_then(Value::as_str)
                                .map(str::to_string)
                        })
                        .unwrap_or_else(|| format!("branch {i}")),
                };
                let node = self.node(b, &[]);
                arms.push(quote!((#tag, #node)));
            }
            let disc = match discriminator {
                Some(d) => quote!(Some(#d)),
                None => quote!(None),
            };
            return quote!(Node::OneOf { discriminator: #disc, branches: &[#(#arms),*] });
        }
        let ty = schema.get("type").and_then(Value::as_str).unwrap_or("");
        match ty {
            "string" => {
                let rules = rules_tokens(&schema, extra_rules.iter().any(|(k, _)| *k == "segment"));
                quote!(Node::Str(&#rules))
            }
            "integer" => {
                let rules = rules_tokens(&schema, false);
                quote!(Node::Int(&#rules))
            }
            "array" => {
                let rules = rules_tokens(&schema, false);
                let items = match schema.get("items") {
                    Some(i) => self.node(i, &[]),
                    None => quote!(&Node::Any),
                };
                quote!(Node::Array(&#rules, #items))
            }
            "object" if schema.get("properties").is_some() => self.object(&schema),
            _ => quote!(Node::Any),
        }
    }

    fn object(&mut self, schema: &Value) -> TokenStream {
        let props = schema
            .get("properties")
            .and_then(Value::as_object)
            .cloned()
            .unwrap_or_default();
        let mut entries = Vec::new();
        for (name, prop) in &props {
            let node = self.node(prop, &[]);
            entries.push(quote!((#name, #node)));
        }
        let strings = |key: &str| -> Vec<String> {
            schema
                .get(key)
                .and_then(Value::as_array)
                .map(|a| {
                    a.iter()
                        .filter_map(Value::as_str)
                        .map(str::to_string)
                        .collect()
                })
                .unwrap_or_default()
        };
        let groups = |key: &str| -> Vec<TokenStream> {
            schema
                .get(key)
                .and_then(Value::as_array)
                .map(|a| {
                    a.iter()
                        .map(|g| {
                            let names: Vec<&str> = g
                                .as_array()
                                .map(|n| n.iter().filter_map(Value::as_str).collect())
                                .unwrap_or_default();
                            quote!(&[#(#names),*])
                        })
                        .collect()
                })
                .unwrap_or_default()
        };
        let required = strings("required");
        let min_properties = opt_u64(schema.get("minProperties"));
        let exactly = groups("x-texter-exactly-one-of");
        let at_least = groups("x-texter-at-least-one-of");
        let at_most = groups("x-texter-at-most-one-of");
        let mut counts = Vec::new();
        // `x-texter-constraints` on a property: item counts across its nested arrays.
        for (name, prop) in &props {
            let Some(Value::Object(cs)) = prop.get("x-texter-constraints") else {
                continue;
            };
            for (key, c) in cs {
                let path_text = c
                    .get("path")
                    .and_then(Value::as_str)
                    .map(str::to_string)
                    .unwrap_or_else(|| key.clone());
                let mut path: Vec<String> = vec![name.clone()];
                path.extend(
                    path_text
                        .split('.')
                        .map(|s| s.trim_end_matches("[]").to_string())
                        .filter(|s| !s.is_empty()),
                );
                let field = format!("{name}.{path_text}");
                let min = opt_u64(c.get("minItems"));
                let max = opt_u64(c.get("maxItems"));
                counts.push(quote!(Count { path: &[#(#path),*], field: #field, min_items: #min, max_items: #max }));
            }
        }
        quote!(Node::Object(&Object {
            properties: &[#(#entries),*],
            required: &[#(#required),*],
            min_properties: #min_properties,
            exactly_one_of: &[#(#exactly),*],
            at_least_one_of: &[#(#at_least),*],
            at_most_one_of: &[#(#at_most),*],
            counts: &[#(#counts),*],
        }))
    }

    /// Emits statics for every component referenced so far (and those they reference).
    fn flush(&mut self) {
        while let Some(name) = self.pending.pop() {
            if self.statics.contains_key(&name) {
                continue;
            }
            self.statics.insert(name.clone(), TokenStream::new());
            let schema = self
                .spec
                .resolve(&format!("#/components/schemas/{name}"))
                .cloned()
                .unwrap_or_default();
            let node = self.value(&schema, &[]);
            let id = Self::static_ident(&name);
            let doc = format!(" `{name}`.");
            let tokens = quote! {
                #[doc = #doc]
                pub static #id: Node = #node;
            };
            self.statics.insert(name, tokens);
        }
    }
}

fn opt_u64(v: Option<&Value>) -> TokenStream {
    match v.and_then(Value::as_u64) {
        Some(n) => quote!(Some(#n)),
        None => quote!(None),
    }
}

fn rules_tokens(schema: &Value, segment: bool) -> TokenStream {
    let mut set = Vec::new();
    let u = |k: &str| schema.get(k).and_then(Value::as_u64);
    let i = |k: &str| schema.get(k).and_then(Value::as_i64);
    for (field, key) in [
        ("min_length", "minLength"),
        ("max_length", "maxLength"),
        ("min_items", "minItems"),
        ("max_items", "maxItems"),
    ] {
        if let Some(n) = u(key) {
            let f = format_ident!("{field}");
            set.push(quote!(#f: Some(#n)));
        }
    }
    for (field, key) in [("minimum", "minimum"), ("maximum", "maximum")] {
        if let Some(n) = i(key) {
            let f = format_ident!("{field}");
            set.push(quote!(#f: Some(#n)));
        }
    }
    if let Some(p) = schema.get("pattern").and_then(Value::as_str) {
        set.push(quote!(pattern: Some(#p)));
    }
    if schema.get("uniqueItems").and_then(Value::as_bool) == Some(true) {
        set.push(quote!(unique_items: true));
    }
    if let Some(k) = schema.get("x-texter-unique-by").and_then(Value::as_str) {
        set.push(quote!(unique_by: Some(#k)));
    }
    if segment {
        set.push(quote!(segment: true));
    }
    quote!(Rules { #(#set,)* ..Rules::NONE })
}

// ---------------------------------------------------------------------------------------------
// The surface

struct Progenitor<'f> {
    builders: BTreeMap<String, &'f syn::ItemStruct>,
    /// Each builder's `send`, as token text.
    sends: BTreeMap<String, String>,
    types: BTreeMap<String, &'f syn::ItemStruct>,
    enums: BTreeSet<String>,
}

fn progenitor(file: &syn::File) -> Result<Progenitor<'_>, String> {
    let builder =
        find_mod(&file.items, "builder").ok_or("progenitor output has no `builder` module")?;
    let types = find_mod(&file.items, "types").ok_or("progenitor output has no `types` module")?;
    let mut p = Progenitor {
        builders: BTreeMap::new(),
        sends: BTreeMap::new(),
        types: BTreeMap::new(),
        enums: BTreeSet::new(),
    };
    for item in builder {
        match item {
            syn::Item::Struct(s) => {
                p.builders.insert(s.ident.to_string(), s);
            }
            syn::Item::Impl(imp) => {
                let syn::Type::Path(ty) = &*imp.self_ty else {
                    continue;
                };
                let Some(name) = ty.path.segments.last().map(|s| s.ident.to_string()) else {
                    continue;
                };
                for impl_item in &imp.items {
                    if let syn::ImplItem::Fn(f) = impl_item
                        && f.sig.ident == "send"
                    {
                        p.sends.insert(
                            name.clone(),
                            quote::ToTokens::to_token_stream(f).to_string(),
                        );
                    }
                }
            }
            _ => {}
        }
    }
    for item in types {
        match item {
            syn::Item::Struct(s) => {
                p.types.insert(s.ident.to_string(), s);
            }
            syn::Item::Enum(e) => {
                p.enums.insert(e.ident.to_string());
            }
            _ => {}
        }
    }
    Ok(p)
}

fn response_shape(spec: &Spec, op: &Operation) -> Result<Shape, String> {
    let responses = op
        .raw
        .get("responses")
        .and_then(Value::as_object)
        .ok_or("no responses")?;
    let (_, success) = responses
        .iter()
        .find(|(code, _)| code.starts_with('2'))
        .ok_or_else(|| format!("{}: no success response", op.id))?;
    if let Some(r) = success.get("$ref").and_then(Value::as_str)
        && r.ends_with("/PlainOk")
    {
        return Ok(Shape::Text);
    }
    let success = deref(spec, success);
    let Some(schema) = success.pointer("/content/application~1json/schema") else {
        if success.pointer("/content/text~1plain").is_some() {
            return Ok(Shape::Text);
        }
        return Ok(Shape::Empty);
    };
    if let Some(r) = schema.get("$ref").and_then(Value::as_str) {
        let name = schema_ref_name(r).unwrap_or_default();
        if name == "SuccessResponse" {
            return Ok(Shape::Success);
        }
        let id = format_ident!("{}", name);
        let api = api();
        return Ok(Shape::Json(quote!(#api::types::#id)));
    }
    if schema.get("type").and_then(Value::as_str) == Some("array")
        && let Some(r) = schema.pointer("/items/$ref").and_then(Value::as_str)
    {
        let id = format_ident!("{}", schema_ref_name(r).unwrap_or_default());
        let api = api();
        return Ok(Shape::Json(quote!(::std::vec::Vec<#api::types::#id>)));
    }
    Err(format!(
        "{}: the success response needs a `$ref` or an array of `$ref`s",
        op.id
    ))
}

/// Generates both files.
pub fn generate(spec: &Spec, file: &syn::File) -> Result<Surface, String> {
    let p = progenitor(file)?;
    let api = api();
    let mut nodes = Nodes {
        spec,
        statics: BTreeMap::new(),
        pending: Vec::new(),
    };
    let catalog: BTreeMap<String, String> = spec
        .scope_catalog()?
        .into_iter()
        .map(|s| (s.id, s.name))
        .collect();
    let tags = spec.tags();
    let ops = spec.operations();
    let mut param_statics = Vec::new();
    let mut per_tag: BTreeMap<String, Vec<TokenStream>> = BTreeMap::new();
    let mut handle_methods: BTreeMap<String, Vec<TokenStream>> = BTreeMap::new();
    let mut methods = 0;
    let mut index: BTreeMap<String, Vec<String>> = BTreeMap::new();

    for op in &ops {
        let tag = op.tag().to_string();
        let builder_name = op.id.to_pascal_case();
        let builder_ident = format_ident!("{builder_name}");
        let method_name = op
            .raw
            .get("x-texter-rust-name")
            .and_then(Value::as_str)
            .map(str::to_string)
            .unwrap_or_else(|| op.id.to_snake_case());
        let method_ident = format_ident!("{method_name}");
        let op_const = format_ident!("{}", op.id.to_shouty_snake_case());
        let pb = p.builders.get(&builder_name).ok_or_else(|| {
            format!(
                "progenitor made no builder `{builder_name}` for `{}`",
                op.id
            )
        })?;
        let fields: BTreeMap<String, &syn::Type> = pb
            .fields
            .iter()
            .filter_map(|f| Some((f.ident.as_ref()?.to_string(), strip_result(&f.ty))))
            .collect();

        // Parameters.
        let mut path_params = Vec::new();
        let mut query_params = Vec::new();
        for raw in parameters(spec, op) {
            let wire = raw
                .get("name")
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_string();
            let place = raw.get("in").and_then(Value::as_str).unwrap_or_default();
            let rust = wire.replace(['[', ']'], "_").to_snake_case();
            let ty = fields.get(&rust).ok_or_else(|| {
                format!("{}: progenitor has no field `{rust}` for `{wire}`", op.id)
            })?;
            let (inner, required) = match option_inner(ty) {
                Some(inner) => (inner, false),
                None => (*ty, true),
            };
            let param = Param {
                ident: format_ident!("{rust}"),
                ty: rewrite_type(ty_tokens(inner), false),
                is_array: is_vec(inner),
                required,
                description: raw
                    .get("description")
                    .and_then(Value::as_str)
                    .unwrap_or_default()
                    .trim()
                    .to_string(),
                schema: raw.get("schema").cloned().unwrap_or_default(),
                wire,
            };
            if place == "path" {
                path_params.push(param);
            } else if place == "query" {
                query_params.push(param);
            } else {
                return Err(format!(
                    "{}: parameters in `{place}` are not supported",
                    op.id
                ));
            }
        }
        // Path order.
        path_params.sort_by_key(|p| {
            op.path
                .find(&format!("{{{}}}", p.wire))
                .unwrap_or(usize::MAX)
        });

        // Body.
        let body = match op
            .raw
            .pointer("/requestBody/content/application~1json/schema")
        {
            None => None,
            Some(schema) => {
                let name = schema
                    .get("$ref")
                    .and_then(Value::as_str)
                    .and_then(schema_ref_name)
                    .map(str::to_string)
                    .unwrap_or_else(|| format!("{builder_name} body"));
                let body_ty = fields
                    .get("body")
                    .ok_or_else(|| format!("{}: progenitor has no `body` field", op.id))?;
                // A struct body (`types::X`, held as such by the operation builder once the
                // xtask has dropped typify's builders) gets typed field setters; anything else
                // (an enum, a Vec) is taken as it is.
                let builder_of = match body_ty {
                    syn::Type::Path(tp) => tp
                        .path
                        .segments
                        .last()
                        .map(|s| s.ident.to_string())
                        .filter(|n| p.types.contains_key(n)),
                    _ => None,
                };
                let type_name = builder_of.clone().unwrap_or_default();
                let body_tokens = match &builder_of {
                    Some(n) => {
                        let id = format_ident!("{n}");
                        quote!(#api::types::#id)
                    }
                    None => rewrite_type(ty_tokens(body_ty), false),
                };
                let fields = p
                    .types
                    .get(&type_name)
                    .filter(|_| builder_of.is_some())
                    .map(|st| {
                        st.fields
                            .iter()
                            .filter_map(|f| {
                                let ident = f.ident.clone()?;
                                let wire = crate::index::serde_rename(&f.attrs)
                                    .unwrap_or_else(|| ident.to_string());
                                let attrs = &f.attrs;
                                let flatten = quote!(#(#attrs)*).to_string().contains("flatten");
                                let (inner, optional) = match option_inner(&f.ty) {
                                    Some(inner) => (inner.clone(), true),
                                    None => (f.ty.clone(), false),
                                };
                                let rules = spec
                                    .resolve(&format!(
                                        "#/components/schemas/{name}/properties/{wire}"
                                    ))
                                    .map(|p| rule_text(deref(spec, p)))
                                    .unwrap_or_default();
                                let mut doc = attr_doc(&f.attrs);
                                if !rules.is_empty() {
                                    doc.push_str(&format!("\n\nRule: {}.", rules.join(", ")));
                                }
                                Some(BodyField {
                                    ident,
                                    wire,
                                    is_vec: is_vec(&inner),
                                    ty: rewrite_type(ty_tokens(&inner), true),
                                    optional,
                                    flatten,
                                    doc,
                                })
                            })
                            .collect::<Vec<_>>()
                    });
                // Required fields in the order the spec lists them.
                let fields = fields.map(|mut fields| {
                    let order: Vec<String> = spec
                        .resolve(&format!("#/components/schemas/{name}"))
                        .and_then(|s| s.get("required"))
                        .and_then(Value::as_array)
                        .map(|r| {
                            r.iter()
                                .filter_map(Value::as_str)
                                .map(str::to_string)
                                .collect()
                        })
                        .unwrap_or_default();
                    fields.sort_by_key(|f| {
                        order
                            .iter()
                            .position(|w| *w == f.wire)
                            .unwrap_or(usize::MAX)
                    });
                    fields
                });
                let constructor = p
                    .types
                    .get(&type_name)
                    .filter(|_| builder_of.is_some())
                    .map(|st| {
                        crate::codegen::constructor_fields(spec, st)
                            .into_iter()
                            .filter_map(|f| f.ident)
                            .collect()
                    })
                    .unwrap_or_default();
                Some(Body {
                    schema: name,
                    ty: body_tokens,
                    fields,
                    constructor,
                })
            }
        };
        let shape = response_shape(spec, op)?;
        let outcome = op.raw.get("x-texter-outcome").and_then(Value::as_str);

        // ---- validation
        let mut checks = Vec::new();
        for param in path_params.iter().chain(&query_params) {
            let wire = &param.wire;
            let ident = &param.ident;
            let is_path = path_params.iter().any(|p| p.wire == param.wire);
            let schema_ty = deref(spec, &param.schema)
                .get("type")
                .and_then(Value::as_str)
                .unwrap_or("")
                .to_string();
            let simple = schema_ty == "string" || schema_ty == "integer";
            let static_id = format_ident!(
                "{}_{}",
                op.id.to_shouty_snake_case(),
                param.wire.replace(['[', ']'], "_").to_shouty_snake_case()
            );
            let has_rules = is_path || !rule_text(deref(spec, &param.schema)).is_empty();
            if !has_rules {
                continue;
            }
            if simple {
                let rules = rules_tokens(deref(spec, &param.schema), is_path);
                let doc = format!(" `{wire}` of `{}`.", op.id);
                param_statics.push(quote!(#[doc = #doc] pub static #static_id: Rules = #rules;));
                let call = if schema_ty == "string" {
                    quote!(#api::validation::check_str(#wire, v, &#api::schemas::#static_id)?)
                } else {
                    quote!(#api::validation::check_int(#wire, *v, &#api::schemas::#static_id)?)
                };
                if param.required {
                    checks.push(quote!({ let v = &self.#ident; #call; }));
                } else {
                    checks.push(quote!(if let Some(v) = &self.#ident { #call; }));
                }
            } else {
                let node = nodes.value(&param.schema, &[]);
                let doc = format!(" `{wire}` of `{}`.", op.id);
                param_statics.push(quote!(#[doc = #doc] pub static #static_id: Node = #node;));
                let call = quote!(#api::validation::check_param(#wire, &#api::request::wire(v), &#api::schemas::#static_id)?);
                if param.required {
                    checks.push(quote!({ let v = &self.#ident; #call; }));
                } else {
                    checks.push(quote!(if let Some(v) = &self.#ident { #call; }));
                }
            }
        }
        // `x-texter-together`: groups of parameters set all together or not at all.
        if let Some(groups) = op.raw.get("x-texter-together").and_then(Value::as_array) {
            for group in groups {
                let mut pairs = Vec::new();
                for name in group
                    .as_array()
                    .into_iter()
                    .flatten()
                    .filter_map(Value::as_str)
                {
                    let param = query_params
                        .iter()
                        .find(|p| p.wire == name)
                        .ok_or_else(|| {
                            format!(
                                "{}: x-texter-together names `{name}`, not a query parameter",
                                op.id
                            )
                        })?;
                    let ident = &param.ident;
                    pairs.push(quote!((#name, self.#ident.is_some())));
                }
                checks.push(quote!(#api::validation::check_together(&[#(#pairs),*])?;));
            }
        }
        if body.is_some() {
            let schema = op
                .raw
                .pointer("/requestBody/content/application~1json/schema")
                .cloned()
                .unwrap_or_default();
            let target = if schema.get("$ref").is_some() {
                nodes.node(&schema, &[])
            } else {
                // An inline body gets a static of its own, named after the operation.
                let value = nodes.value(&schema, &[]);
                let id = format_ident!("{}_BODY", op.id.to_shouty_snake_case());
                let doc = format!(" The body of `{}`.", op.id);
                param_statics.push(quote!(#[doc = #doc] pub static #id: Node = #value;));
                quote!(&#id)
            };
            // `&NAME` → `&schemas::NAME`.
            let target = rewrite_static(target);
            checks
                .push(quote!(#api::validation::check(&#api::request::wire(&self.body), #target)?;));
        }
        nodes.flush();

        // ---- the builder
        let mut struct_fields = vec![quote!(texter: crate::Texter)];
        let mut new_args = Vec::new();
        let mut new_inits = vec![quote!(texter: texter.clone())];
        for param in &path_params {
            let ident = &param.ident;
            let ty = &param.ty;
            struct_fields.push(quote!(#ident: #ty));
            new_args.push(quote!(#ident: impl ::std::convert::Into<#ty>));
            new_inits.push(quote!(#ident: #ident.into()));
        }
        for param in &query_params {
            let ident = &param.ident;
            let ty = &param.ty;
            struct_fields.push(quote!(#ident: ::std::option::Option<#ty>));
            new_inits.push(quote!(#ident: None));
        }
        let mut setters = Vec::new();
        for param in &query_params {
            let ident = &param.ident;
            let ty = &param.ty;
            let mut doc = format!("`{}`", param.wire);
            if !param.description.is_empty() {
                doc.push_str(": ");
                doc.push_str(&param.description);
            }
            let rules = rule_text(deref(spec, &param.schema));
            if !rules.is_empty() {
                doc.push_str(&format!("\n\nRule: {}.", rules.join(", ")));
            }
            let docs = doc_lines(&doc);
            if param.is_array {
                // Vec<T>: take any iterator of things that convert into T.
                let parsed: syn::Type =
                    syn::parse2(param.ty.clone()).map_err(|e| format!("{}: {e}", op.id))?;
                let item = generic_args(&parsed)
                    .first()
                    .map(|t| quote!(#t))
                    .unwrap_or_default();
                setters.push(quote! {
                    #docs
                    pub fn #ident<I, V>(mut self, values: I) -> Self
                    where
                        I: ::std::iter::IntoIterator<Item = V>,
                        V: ::std::convert::Into<#item>,
                    {
                        self.#ident = Some(values.into_iter().map(::std::convert::Into::into).collect());
                        self
                    }
                });
            } else {
                setters.push(quote! {
                    #docs
                    pub fn #ident(mut self, value: impl ::std::convert::Into<#ty>) -> Self {
                        self.#ident = Some(value.into());
                        self
                    }
                });
            }
        }
        if let Some(b) = &body {
            let ty = &b.ty;
            struct_fields.push(quote!(body: #ty));
            match &b.fields {
                None => {
                    new_args.push(quote!(body: impl ::std::convert::Into<#ty>));
                    new_inits.push(quote!(body: body.into()));
                }
                Some(fields) => {
                    let mut names: BTreeSet<String> =
                        path_params.iter().map(|p| p.ident.to_string()).collect();
                    let mut setter_names: BTreeSet<String> =
                        query_params.iter().map(|p| p.ident.to_string()).collect();
                    setter_names.insert("send".into());
                    setter_names.insert("all".into());
                    setter_names.insert("replace_body".into());
                    for f in fields {
                        let ident = &f.ident;
                        let fty = &f.ty;
                        if f.flatten {
                            // The map of extra keys starts empty (in `new`) and has no setter.
                            continue;
                        }
                        if f.optional {
                            if !setter_names.insert(ident.to_string()) {
                                return Err(format!(
                                    "{}: body field `{ident}` collides with another setter",
                                    op.id
                                ));
                            }
                            let doc = if f.doc.is_empty() {
                                format!("`{}` (body).", f.wire)
                            } else {
                                format!("`{}` (body): {}", f.wire, f.doc)
                            };
                            let docs = doc_lines(&doc);
                            if f.is_vec {
                                let parsed: syn::Type = syn::parse2(fty.clone())
                                    .map_err(|e| format!("{}: {e}", op.id))?;
                                let item = generic_args(&parsed)
                                    .first()
                                    .map(|t| quote!(#t))
                                    .unwrap_or_default();
                                setters.push(quote! {
                                    #docs
                                    pub fn #ident<I, V>(mut self, values: I) -> Self
                                    where
                                        I: ::std::iter::IntoIterator<Item = V>,
                                        V: ::std::convert::Into<#item>,
                                    {
                                        self.body.#ident = Some(values.into_iter().map(::std::convert::Into::into).collect());
                                        self
                                    }
                                });
                            } else {
                                setters.push(quote! {
                                    #docs
                                    pub fn #ident(mut self, value: impl ::std::convert::Into<#fty>) -> Self {
                                        self.body.#ident = Some(value.into());
                                        self
                                    }
                                });
                            }
                        } else {
                            if !names.insert(ident.to_string()) {
                                return Err(format!(
                                    "{}: body field `{ident}` collides with a path parameter",
                                    op.id
                                ));
                            }
                            new_args.push(quote!(#ident: impl ::std::convert::Into<#fty>));
                        }
                    }
                    let args = &b.constructor;
                    new_inits.push(quote!(body: #ty::new(#(#args),*)));
                }
            }
            let doc = format!(
                " The whole body ([`{0}`](texterchat_api::types::{0})), replacing what the arguments and setters set.",
                b.schema
            );
            setters.push(quote! {
                #[doc = #doc]
                pub fn replace_body(mut self, body: impl ::std::convert::Into<#ty>) -> Self {
                    self.body = body.into();
                    self
                }
            });
        }

        // ---- send: the request built from this builder's fields (by reference), sent through
        // the executor's exchange, decoded by progenitor's own status match (`dispatch`).
        let send_text = p
            .sends
            .get(&builder_name)
            .ok_or_else(|| format!("progenitor made no `send` for builder `{builder_name}`"))?;
        // What progenitor's `send` sets is what this one sets: checked, not assumed, in both
        // directions (a parameter, header or body kind progenitor sends and this `send` does
        // not model fails generation instead of being dropped).
        let compact = send_text.replace(' ', "");
        let accepts_json = compact.contains(
            ".header(::reqwest::header::ACCEPT,::reqwest::header::HeaderValue::from_static(\"application/json\"",
        );
        if compact.matches("ACCEPT").count() != usize::from(accepts_json) {
            return Err(format!(
                "{}: progenitor's `send` sets `Accept` in a way the surface does not model",
                op.id
            ));
        }
        if compact.matches("header_map.append(").count() != 1
            || !compact.contains("from_static(\"api-version\"")
        {
            return Err(format!(
                "{}: progenitor's `send` sends headers besides `api-version`; the surface sends only that one",
                op.id
            ));
        }
        for kind in [
            ".form(",
            ".body(",
            ".multipart(",
            ".header(::reqwest::header::CONTENT_TYPE",
        ] {
            if compact.contains(kind) {
                return Err(format!(
                    "{}: progenitor's `send` uses `{kind}..)`, which the surface does not model",
                    op.id
                ));
            }
        }
        if compact.matches("QueryParam::new(").count() != query_params.len() {
            return Err(format!(
                "{}: progenitor's `send` has {} query parameters, the surface {}",
                op.id,
                compact.matches("QueryParam::new(").count(),
                query_params.len()
            ));
        }
        if op.path.contains(['?', '#', '%', '\\']) {
            return Err(format!(
                "{}: the path `{}` holds `?`, `#`, `%` or `\\`, which the URL builder does not expect in a template",
                op.id, op.path
            ));
        }
        let sends_json = compact.contains(".json(&body)");
        if sends_json != body.is_some() {
            return Err(format!(
                "{}: progenitor's `send` {} a JSON body, the spec {}",
                op.id,
                if sends_json { "sends" } else { "sends no" },
                if body.is_some() {
                    "declares one"
                } else {
                    "declares none"
                }
            ));
        }
        let method = format_ident!("{}", op.method.to_uppercase());
        let mut url_parts = Vec::new();
        let mut rest = op.path.as_str();
        while let Some(open) = rest.find('{') {
            let close = rest[open..]
                .find('}')
                .map(|c| open + c)
                .ok_or_else(|| format!("{}: unclosed `{{` in the path", op.id))?;
            let literal = &rest[..open];
            if !literal.is_empty() {
                url_parts.push(quote!(#literal));
            }
            let wire = &rest[open + 1..close];
            let param = path_params
                .iter()
                .find(|p| p.wire == wire)
                .ok_or_else(|| format!("{}: no path parameter `{wire}`", op.id))?;
            let ident = &param.ident;
            url_parts.push(quote!(&exchange.segment(#wire, &::std::string::ToString::to_string(&self.#ident))?));
            rest = &rest[close + 1..];
        }
        if !rest.is_empty() {
            url_parts.push(quote!(#rest));
        }
        let mut calls = Vec::new();
        // In progenitor's order, so both clients put the same query on the wire.
        let mut ordered: Vec<(usize, &Param)> = Vec::new();
        for param in &query_params {
            let at = send_text
                .find(&format!("QueryParam :: new (\"{}\"", param.wire))
                .ok_or_else(|| {
                    format!(
                        "{}: progenitor's `send` has no query parameter `{}`",
                        op.id, param.wire
                    )
                })?;
            ordered.push((at, param));
        }
        ordered.sort_by_key(|(at, _)| *at);
        for (_, param) in ordered {
            let ident = &param.ident;
            let wire = &param.wire;
            calls.push(quote! {
                if let Some(v) = &self.#ident {
                    request = request.query(&#api::exchange::QueryParam::new(#wire, v));
                }
            });
        }
        if body.is_some() {
            calls.push(quote!(request = request.json(&self.body);));
        }
        let dispatch = quote!(#api::builder::#builder_ident::dispatch(response).await);
        let (response_ty, send_tail, decode, output_ty, output_body) = match &shape {
            Shape::Json(t) => (
                t.clone(),
                dispatch.clone(),
                quote!(#api::request::json_path::<#t>(body)),
                match outcome {
                    Some(path) => {
                        let path: syn::Path = syn::parse_str(path)
                            .map_err(|e| format!("{}: x-texter-outcome: {e}", op.id))?;
                        quote!(#path)
                    }
                    None => t.clone(),
                },
                match outcome {
                    Some(_) => quote!(Ok(::std::convert::From::from(response))),
                    None => quote!(Ok(response)),
                },
            ),
            Shape::Text => (
                quote!(()),
                quote!(#api::request::drain(#dispatch?).await),
                quote!(#api::request::no_path(body)),
                quote!(()),
                quote!(Ok(response)),
            ),
            Shape::Empty => (
                quote!(()),
                dispatch.clone(),
                quote!(#api::request::no_path(body)),
                quote!(()),
                quote!(Ok(response)),
            ),
            Shape::Success => (
                quote!(#api::types::SuccessResponse),
                dispatch.clone(),
                quote!(#api::request::json_path::<#api::types::SuccessResponse>(body)),
                quote!(()),
                quote!(#api::request::success(response)),
            ),
        };
        let idempotent = match op
            .raw
            .get("x-texter-not-idempotent-if")
            .and_then(Value::as_str)
        {
            Some(flag) => {
                let f = format_ident!("{}", flag.to_snake_case());
                quote! {
                    fn idempotent(&self) -> bool {
                        Self::OPERATION.idempotent && !self.body.#f.unwrap_or(false)
                    }
                }
            }
            None => quote!(),
        };

        // ---- docs
        let scopes: Vec<String> = op
            .scopes()
            .iter()
            .map(|s| catalog.get(s).cloned().unwrap_or_else(|| s.clone()))
            .collect();
        let description = op
            .raw
            .get("description")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .trim()
            .to_string();
        let source = match op.source.as_deref() {
            Some("reference") => "Texter's API reference",
            Some("texter-code") => "Texter's own code (not the reference)",
            Some("inferred") => "**inferred**: documented to exist, method and path unverified",
            _ => "unknown",
        };
        let idem = if op.idempotent.unwrap_or(false) {
            "yes: retried after timeouts, transport failures and HTTP 408/429/502/503/504"
        } else {
            "no: retried only when it provably did not reach Texter (could not connect, HTTP 408/429)"
        };
        let mut doc = format!("**{}** — `{} {}`", op.summary, op.method, op.path);
        if !description.is_empty() {
            doc.push_str("\n\n");
            doc.push_str(&description);
        }
        doc.push_str(&format!(
            "\n\n- Scopes: {}\n- Idempotent: {idem}\n- Source: {source}",
            if scopes.is_empty() {
                "none (any valid token)".to_string()
            } else {
                scopes.join(", ")
            }
        ));
        if let Some(flag) = op
            .raw
            .get("x-texter-not-idempotent-if")
            .and_then(Value::as_str)
        {
            doc.push_str(&format!(" (not idempotent when `{flag}` is true)"));
        }
        for param in &path_params {
            doc.push_str(&format!("\n- `{}` (path): one URL segment", param.wire));
        }
        if let Some(groups) = op.raw.get("x-texter-together").and_then(Value::as_array) {
            for group in groups {
                let names: Vec<String> = group
                    .as_array()
                    .into_iter()
                    .flatten()
                    .filter_map(Value::as_str)
                    .map(|n| format!("`{n}`"))
                    .collect();
                doc.push_str(&format!(
                    "\n- {}: set together or not at all",
                    names.join(" and ")
                ));
            }
        }
        if let Some(Body {
            fields: Some(fields),
            schema,
            ..
        }) = &body
        {
            for f in fields.iter().filter(|f| !f.optional && !f.flatten) {
                let rules = spec
                    .resolve(&format!(
                        "#/components/schemas/{schema}/properties/{}",
                        f.wire
                    ))
                    .map(|p| rule_text(deref(spec, p)))
                    .unwrap_or_default();
                let rules = if rules.is_empty() {
                    "required".to_string()
                } else {
                    format!("required; {}", rules.join(", "))
                };
                doc.push_str(&format!("\n- `{}` (body): {rules}", f.wire));
            }
        }
        if let Some(b) = &body {
            doc.push_str(&format!(
                "\n- Body: [`{0}`]({api_doc}::types::{0}), checked against the spec before sending",
                b.schema,
                api_doc = "texterchat_api"
            ));
        }
        doc.push_str(&format!(
            "\n\nReturns a [`{builder_name}`] builder; `.send().await` sends it."
        ));
        let method_doc = doc_lines(&doc);
        let builder_doc = doc_lines(&format!(
            "A request of **{}** (`{}`); see [`{}::{method_name}`].",
            op.summary,
            op.id,
            tag.to_pascal_case()
        ));

        let mut builder_tokens = quote! {
            #builder_doc
            #[derive(Clone, Debug)]
            #[must_use = "a request does nothing until `.send().await`"]
            pub struct #builder_ident {
                #(#struct_fields,)*
            }

            impl #builder_ident {
                #(#setters)*

                /// Sends the request: scope check, validation, rate limit, timeout, retries.
                /// (`.await` on the builder does the same, with the future boxed.)
                pub async fn send(self) -> crate::Result<#output_ty> {
                    self.texter.execute(&self).await
                }
            }

            impl ::std::future::IntoFuture for #builder_ident {
                type Output = crate::Result<#output_ty>;
                type IntoFuture = ::std::pin::Pin<::std::boxed::Box<dyn ::std::future::Future<Output = Self::Output> + Send>>;
                fn into_future(self) -> Self::IntoFuture {
                    ::std::boxed::Box::pin(self.send())
                }
            }

            impl #api::request::Request for #builder_ident {
                const OPERATION: &'static #api::catalog::Operation = &#api::operations::#op_const;
                type Response = #response_ty;
                type Output = #output_ty;

                #idempotent

                fn validate(&self) -> ::std::result::Result<(), #api::validation::Invalid> {
                    #(#checks)*
                    Ok(())
                }

                fn send<'c>(
                    &'c self,
                    client: &'c #api::Client,
                    exchange: &'c #api::exchange::Exchange,
                ) -> impl ::std::future::Future<
                    Output = ::std::result::Result<#api::ResponseValue<Self::Response>, #api::request::ApiError>,
                > + Send + 'c {
                    async move {
                        #[allow(unused_mut)]
                        let mut request = #api::exchange::request(client, Self::OPERATION, #api::exchange::Method::#method, &[#(#url_parts),*], #accepts_json)?;
                        #(#calls)*
                        let response = exchange.execute(client, request.build()?).await?;
                        #send_tail
                    }
                }

                fn decode_path(body: &[u8]) -> ::std::option::Option<(::std::string::String, ::std::string::String)> {
                    #decode
                }

                fn output(response: Self::Response) -> ::std::result::Result<Self::Output, #api::request::Unsuccessful> {
                    #output_body
                }
            }
        };

        // ---- pagination
        let mut all_method = quote!();
        if let Some(pg) = op.raw.get("x-texter-pagination") {
            let limit = format_ident!(
                "{}",
                pg.get("limit")
                    .and_then(Value::as_str)
                    .unwrap_or("limit")
                    .to_snake_case()
            );
            let skip = format_ident!(
                "{}",
                pg.get("skip")
                    .and_then(Value::as_str)
                    .unwrap_or("skip")
                    .to_snake_case()
            );
            let items = pg
                .get("items")
                .and_then(Value::as_str)
                .filter(|s| *s != ".");
            let total = pg.get("total").and_then(Value::as_str);
            let item_ty = page_item_type(spec, op, items, &p)?;
            let paging = Paging {
                limit,
                skip,
                items: items.map(|i| format_ident!("{}", i.to_snake_case())),
                total: total.map(|t| format_ident!("{}", t.to_snake_case())),
                item_ty,
            };
            let Paging {
                limit,
                skip,
                items,
                total,
                item_ty,
            } = paging;
            let take = match &items {
                Some(i) => quote!(page.#i),
                None => quote!(page),
            };
            let borrow = match &items {
                Some(i) => quote!(&page.#i),
                None => quote!(page),
            };
            let total = match &total {
                Some(t) => quote!(page.#t),
                None => quote!(None),
            };
            builder_tokens.extend(quote! {
                impl crate::pagination::OffsetPaged for #builder_ident {
                    type Item = #item_ty;
                    fn with_page(mut self, limit: i64, skip: i64) -> Self {
                        self.#limit = Some(limit);
                        self.#skip = Some(skip);
                        self
                    }
                    fn page_size(&self) -> ::std::option::Option<i64> {
                        self.#limit
                    }
                    fn first_skip(&self) -> ::std::option::Option<i64> {
                        self.#skip
                    }
                    fn total(page: &Self::Output) -> ::std::option::Option<i64> {
                        #total
                    }
                    fn items(page: &Self::Output) -> &[Self::Item] {
                        #borrow
                    }
                    fn into_items(page: Self::Output) -> ::std::vec::Vec<Self::Item> {
                        #take
                    }
                    fn fetch(self) -> impl ::std::future::Future<Output = crate::Result<Self::Output>> + Send {
                        self.send()
                    }
                }

                impl #builder_ident {
                    /// Every page, from this request's `skip` on, with this request's filters;
                    /// `.items()` turns the pages into their items. Stops on an empty page or
                    /// once `total` is covered; a repeated page ends it with a pagination error.
                    pub fn all(self) -> crate::pagination::Pages<#output_ty, #item_ty> {
                        crate::pagination::offset_pages(self)
                    }
                }
            });
            let all_ident = format_ident!("{method_name}_all");
            let args: Vec<&Ident> = path_params.iter().map(|p| &p.ident).collect();
            let arg_decls = &new_args;
            let doc = format!(
                " Every page of **{}** (`{}`): `{}(..).all()`.",
                op.summary, op.id, method_name
            );
            all_method = quote! {
                #[doc = #doc]
                pub fn #all_ident(&self, #(#arg_decls),*) -> crate::pagination::Pages<#output_ty, #item_ty> {
                    self.#method_ident(#(#args),*).all()
                }
            };
        }

        per_tag.entry(tag.clone()).or_default().push(builder_tokens);
        handle_methods.entry(tag).or_default().push(quote! {
            #method_doc
            pub fn #method_ident(&self, #(#new_args),*) -> #builder_ident {
                let texter = self.texter;
                #builder_ident { #(#new_inits,)* }
            }
            #all_method
        });
        methods += 1;
        {
            let mut entry = String::new();
            let args: Vec<String> = path_params
                .iter()
                .map(|p| format!("{}: {}", p.ident, short(&p.ty)))
                .chain(body.iter().flat_map(|b| {
                    match &b.fields {
                        None => vec![format!("body: {}", short(&b.ty))],
                        Some(fields) => fields
                            .iter()
                            .filter(|f| !f.optional && !f.flatten)
                            .map(|f| format!("{}: {}", f.ident, short(&f.ty)))
                            .collect(),
                    }
                }))
                .collect();
            entry.push_str(&format!(
                "  {}({}) -> {builder_name}  [{} {}]\n",
                method_name,
                args.join(", "),
                op.method,
                op.path
            ));
            let mut setter_list: Vec<String> = query_params
                .iter()
                .map(|p| format!("{}({})", p.ident, short(&p.ty)))
                .collect();
            if let Some(Body {
                fields: Some(fields),
                ..
            }) = &body
            {
                setter_list.extend(
                    fields
                        .iter()
                        .filter(|f| f.optional && !f.flatten)
                        .map(|f| format!("{}({})", f.ident, short(&f.ty))),
                );
            }
            if !setter_list.is_empty() {
                entry.push_str(&format!("    setters: {}\n", setter_list.join(", ")));
            }
            entry.push_str(&format!("    send() -> {}\n", short(&output_ty)));
            if op.raw.get("x-texter-pagination").is_some() {
                entry.push_str(&format!("    all() -> Pages; handle: {method_name}_all\n"));
            }
            index.entry(op.tag().to_string()).or_default().push(entry);
        }
    }

    // ---- modules, handles, accessors
    let mut modules = Vec::new();
    let mut accessors = Vec::new();
    for tag in &tags {
        let Some(builders) = per_tag.get(tag) else {
            continue;
        };
        let module = format_ident!("{}", tag.to_snake_case());
        let handle = format_ident!("{}", tag.to_pascal_case());
        let methods = handle_methods.get(tag).cloned().unwrap_or_default();
        let description = spec
            .raw
            .get("tags")
            .and_then(Value::as_array)
            .and_then(|t| {
                t.iter()
                    .find(|t| t.get("name").and_then(Value::as_str) == Some(tag))
            })
            .and_then(|t| t.get("description"))
            .and_then(Value::as_str)
            .unwrap_or_default()
            .trim()
            .to_string();
        let module_doc = doc_lines(&format!(
            "The `{tag}` operations (generated from the spec). {description}"
        ));
        let handle_doc = doc_lines(&format!(
            "The `{tag}` operations of a [`Texter`](crate::Texter): `texter.{module}()`."
        ));
        let accessor_doc = doc_lines(&format!("The `{tag}` operations. {description}"));
        modules.push(quote! {
            #module_doc
            pub mod #module {
                #handle_doc
                #[derive(Clone, Copy, Debug)]
                pub struct #handle<'a> {
                    pub(crate) texter: &'a crate::Texter,
                }

                impl<'a> #handle<'a> {
                    /// The client this handle calls with.
                    pub fn texter(&self) -> &'a crate::Texter {
                        self.texter
                    }

                    #(#methods)*
                }

                #(#builders)*
            }
        });
        accessors.push(quote! {
            #accessor_doc
            pub fn #module(&self) -> surface::#module::#handle<'_> {
                surface::#module::#handle { texter: self }
            }
        });
    }

    let items = quote! {
        /// The operation surface generated from `openapi/texter.yaml`: one module per tag, one
        /// request builder per operation. The handles are reached from [`Texter`](crate::Texter)
        /// (`texter.chats()`, …) and the modules are re-exported by the crate's group modules.
        pub mod surface {
            #(#modules)*
        }

        impl crate::Texter {
            #(#accessors)*
        }
    };
    let body = render_items(items)?;
    let surface_rs = format!(
        "{header}//! The operation surface, generated from `openapi/texter.yaml`: the ergonomic crate invokes\n//! `texter_surface!()` once (its items name that crate's `Texter` and `Result`).\n\n/// Expands to the generated operation surface of `texterchat`; not for other crates (its items\n/// name the invoking crate's `Texter`, on purpose).\n#[macro_export]\n#[doc(hidden)]\n#[allow(clippy::crate_in_macro_def)]\nmacro_rules! texter_surface {{\n    () => {{\n{body}\n    }};\n}}\n",
        header = crate::codegen::HEADER,
        body = indent(&body.replace(API, "$crate"), 8),
    );

    // ---- schemas.rs
    let statics: Vec<&TokenStream> = nodes.statics.values().collect();
    let schemas = quote! {
        //! The validation rules of every request schema and parameter of the spec, walked by
        //! [`crate::validation`]. One static per schema (named after it) and per constrained
        //! parameter (`OPERATION_PARAMETER`).
        #![allow(missing_docs)]
        use crate::validation::{Count, Node, Object, Rules};

        #(#statics)*
        #(#param_statics)*
    };
    let schemas_rs = crate::codegen::render_tokens(schemas)?;
    let mut index_text =
        String::from("# Ergonomic surface (texter.<handle>().<method>(args) -> builder)\n");
    for tag in &tags {
        if let Some(entries) = index.get(tag) {
            index_text.push_str(&format!(
                "\ntexter.{}() -> {}\n",
                tag.to_snake_case(),
                tag.to_pascal_case()
            ));
            for e in entries {
                index_text.push_str(e);
            }
        }
    }
    Ok(Surface {
        surface_rs,
        schemas_rs,
        methods,
        index: index_text,
    })
}

fn page_item_type(
    spec: &Spec,
    op: &Operation,
    items: Option<&str>,
    p: &Progenitor<'_>,
) -> Result<TokenStream, String> {
    let api = api();
    let schema = op
        .raw
        .get("responses")
        .and_then(|r| r.get("200"))
        .map(|r| deref(spec, r))
        .and_then(|r| r.pointer("/content/application~1json/schema"))
        .cloned()
        .ok_or_else(|| format!("{}: x-texter-pagination needs a 200 JSON response", op.id))?;
    let schema = deref(spec, &schema).clone();
    let array = match items {
        Some(key) => schema
            .pointer(&format!("/properties/{key}"))
            .cloned()
            .ok_or_else(|| {
                format!(
                    "{}: x-texter-pagination: the response has no `{key}`",
                    op.id
                )
            })?,
        None => schema,
    };
    let r = array
        .pointer("/items/$ref")
        .and_then(Value::as_str)
        .and_then(schema_ref_name)
        .ok_or_else(|| format!("{}: x-texter-pagination: the items need a `$ref`", op.id))?;
    if !p.types.contains_key(r) {
        return Err(format!("{}: x-texter-pagination: no type `{r}`", op.id));
    }
    let id = format_ident!("{r}");
    Ok(quote!(#api::types::#id))
}

/// `&NAME` (a static of `schemas.rs`) → `&$crate::schemas::NAME`.
fn rewrite_static(reference: TokenStream) -> TokenStream {
    let api = api();
    let trees: Vec<TokenTree> = reference.into_iter().collect();
    match trees.as_slice() {
        [TokenTree::Punct(p), TokenTree::Ident(id)] if p.as_char() == '&' => {
            quote!(&#api::schemas::#id)
        }
        _ => trees.into_iter().collect(),
    }
}

fn render_items(items: TokenStream) -> Result<String, String> {
    let file: syn::File =
        syn::parse2(items).map_err(|e| format!("the generated surface does not parse: {e}"))?;
    Ok(prettyplease::unparse(&file))
}

fn indent(text: &str, by: usize) -> String {
    let pad = " ".repeat(by);
    text.lines()
        .map(|l| {
            if l.is_empty() {
                String::new()
            } else {
                format!("{pad}{l}")
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}
