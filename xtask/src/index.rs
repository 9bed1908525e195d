//! Readable indexes of the generated surface and of the scope catalog, kept as insta snapshots
//! so that a spec change is reviewed as a small diff.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use heck::{ToPascalCase, ToSnakeCase};
use serde_json::Value;

use crate::spec::{self, Spec};

/// Renders a type compactly: `::std::option::Option<types::Chat>` → `Option<Chat>`.
pub fn type_name(ty: &syn::Type) -> String {
    match ty {
        syn::Type::Path(p) => {
            let Some(last) = p.path.segments.last() else {
                return String::new();
            };
            let mut s = last.ident.to_string();
            if let syn::PathArguments::AngleBracketed(args) = &last.arguments {
                let inner: Vec<String> = args
                    .args
                    .iter()
                    .filter_map(|a| match a {
                        syn::GenericArgument::Type(t) => Some(type_name(t)),
                        _ => None,
                    })
                    .collect();
                if !inner.is_empty() {
                    write!(s, "<{}>", inner.join(", ")).ok();
                }
            }
            s
        }
        syn::Type::Reference(r) => format!("&{}", type_name(&r.elem)),
        syn::Type::Tuple(t) if t.elems.is_empty() => "()".into(),
        other => quote::quote!(#other).to_string(),
    }
}

/// `Result<T, String>` (builder fields) → `T`.
pub fn strip_result(ty: &syn::Type) -> &syn::Type {
    if let syn::Type::Path(p) = ty
        && let Some(last) = p.path.segments.last()
        && last.ident == "Result"
        && let syn::PathArguments::AngleBracketed(args) = &last.arguments
        && let Some(syn::GenericArgument::Type(inner)) = args.args.first()
    {
        return inner;
    }
    ty
}

pub fn generic_args(ty: &syn::Type) -> Vec<&syn::Type> {
    if let syn::Type::Path(p) = ty
        && let Some(last) = p.path.segments.last()
        && let syn::PathArguments::AngleBracketed(args) = &last.arguments
    {
        return args
            .args
            .iter()
            .filter_map(|a| match a {
                syn::GenericArgument::Type(t) => Some(t),
                _ => None,
            })
            .collect();
    }
    Vec::new()
}

pub fn find_mod<'a>(items: &'a [syn::Item], name: &str) -> Option<&'a [syn::Item]> {
    items.iter().find_map(|i| match i {
        syn::Item::Mod(m) if m.ident == name => m.content.as_ref().map(|(_, items)| &items[..]),
        _ => None,
    })
}

/// The items of the inline module `name` of progenitor's output, to rewrite them.
pub fn find_mod_mut<'a>(
    items: &'a mut [syn::Item],
    name: &str,
) -> Result<&'a mut Vec<syn::Item>, String> {
    items
        .iter_mut()
        .find_map(|i| match i {
            syn::Item::Mod(m) if m.ident == name => m.content.as_mut().map(|(_, items)| items),
            _ => None,
        })
        .ok_or_else(|| format!("internal: progenitor's output has no `mod {name}`"))
}

/// The `rename = "..."` of a `#[serde(...)]` attribute, if any.
pub fn serde_rename(attrs: &[syn::Attribute]) -> Option<String> {
    for attr in attrs.iter().filter(|a| a.path().is_ident("serde")) {
        let mut found = None;
        let _ = attr.parse_nested_meta(|meta| {
            if meta.path.is_ident("rename") {
                let lit: syn::LitStr = meta.value()?.parse()?;
                found = Some(lit.value());
            } else if meta.input.peek(syn::Token![=]) {
                let _: syn::Expr = meta.value()?.parse()?;
            }
            Ok(())
        });
        if found.is_some() {
            return found;
        }
    }
    None
}

fn serde_container_tag(attrs: &[syn::Attribute]) -> Vec<String> {
    let mut out = Vec::new();
    for attr in attrs.iter().filter(|a| a.path().is_ident("serde")) {
        let _ = attr.parse_nested_meta(|meta| {
            let key = meta
                .path
                .get_ident()
                .map(|i| i.to_string())
                .unwrap_or_default();
            if meta.input.peek(syn::Token![=]) {
                let lit: syn::LitStr = meta.value()?.parse()?;
                out.push(format!("{key} = {:?}", lit.value()));
            } else {
                out.push(key);
            }
            Ok(())
        });
    }
    out
}

/// The index of the generated client: one block per operation, then one per generated type.
pub fn surface(spec: &Spec, generated_rs: &str) -> Result<String, String> {
    let file =
        syn::parse_file(generated_rs).map_err(|e| format!("generated.rs does not parse: {e}"))?;
    let builder = find_mod(&file.items, "builder").ok_or("generated.rs has no `builder` module")?;
    let types = find_mod(&file.items, "types").ok_or("generated.rs has no `types` module")?;
    let catalog: BTreeMap<String, String> = spec
        .scope_catalog()?
        .into_iter()
        .map(|s| (s.id, s.name))
        .collect();

    let mut structs = BTreeMap::new();
    let mut send_types = BTreeMap::new();
    for item in builder {
        match item {
            syn::Item::Struct(s) => {
                structs.insert(s.ident.to_string(), s);
            }
            syn::Item::Impl(imp) => {
                let syn::Type::Path(p) = &*imp.self_ty else {
                    continue;
                };
                let Some(name) = p.path.segments.last().map(|s| s.ident.to_string()) else {
                    continue;
                };
                for it in &imp.items {
                    if let syn::ImplItem::Fn(f) = it
                        && f.sig.ident == "send"
                        && let syn::ReturnType::Type(_, ret) = &f.sig.output
                    {
                        send_types.insert(name.clone(), (**ret).clone());
                    }
                }
            }
            _ => {}
        }
    }

    let mut out = crate::surface::generate(spec, &file)?.index;
    writeln!(out).ok();
    writeln!(out, "# Operations ({})", spec.operations().len()).ok();
    for op in spec.operations() {
        let struct_name = op.id.to_pascal_case();
        let bs = structs
            .get(&struct_name)
            .ok_or_else(|| format!("no builder struct `{struct_name}` for `{}`", op.id))?;
        let fields: BTreeMap<String, &syn::Type> = bs
            .fields
            .iter()
            .filter_map(|f| Some((f.ident.as_ref()?.to_string(), strip_result(&f.ty))))
            .collect();
        writeln!(out).ok();
        writeln!(out, "{} - {}", op.id, op.summary).ok();
        writeln!(
            out,
            "  {} {}  [group {}, source {}, idempotent {}]",
            op.method,
            op.path,
            op.tag(),
            op.source.as_deref().unwrap_or("?"),
            op.idempotent.unwrap_or(false)
        )
        .ok();
        let scopes: Vec<String> = op
            .scopes()
            .iter()
            .map(|s| catalog.get(s).cloned().unwrap_or_else(|| s.clone()))
            .collect();
        writeln!(
            out,
            "  scopes: {}",
            if scopes.is_empty() {
                "(any valid token)".to_string()
            } else {
                scopes.join(", ")
            }
        )
        .ok();
        for (location, name) in parameters(spec, &op.path, &op.raw) {
            let field = name.to_snake_case();
            let ty = fields.get(&field).map(|t| type_name(t)).ok_or_else(|| {
                format!("`{}` has no builder field for parameter `{name}`", op.id)
            })?;
            writeln!(out, "  {location} {name}: {ty}").ok();
        }
        if let Some(body) = fields.get("body") {
            writeln!(out, "  body: {}", type_name(body)).ok();
        }
        let ret = send_types
            .get(&struct_name)
            .ok_or_else(|| format!("no `send` for `{struct_name}`"))?;
        // Result<ResponseValue<T>, Error<E>>
        let args = generic_args(ret);
        let ok = args
            .first()
            .and_then(|t| generic_args(t).first().map(|t| type_name(t)))
            .unwrap_or_default();
        let err = args
            .get(1)
            .and_then(|t| generic_args(t).first().map(|t| type_name(t)))
            .unwrap_or_default();
        let codes: Vec<&String> = op
            .raw
            .get("responses")
            .and_then(Value::as_object)
            .map(|r| r.keys().filter(|k| k.starts_with('2')).collect())
            .unwrap_or_default();
        let codes: Vec<&str> = codes.iter().map(|s| s.as_str()).collect();
        writeln!(out, "  response {}: {ok}", codes.join("/")).ok();
        writeln!(out, "  error 4XX/5XX: {err}").ok();
    }

    writeln!(out).ok();
    writeln!(out, "# Types").ok();
    for item in types {
        match item {
            syn::Item::Struct(s) => {
                writeln!(out).ok();
                match &s.fields {
                    syn::Fields::Named(named) => {
                        writeln!(out, "struct {}", s.ident).ok();
                        for f in &named.named {
                            let ident = f.ident.as_ref().map(|i| i.to_string()).unwrap_or_default();
                            let wire = serde_rename(&f.attrs).unwrap_or(ident);
                            writeln!(out, "  {wire}: {}", type_name(&f.ty)).ok();
                        }
                    }
                    syn::Fields::Unnamed(unnamed) => {
                        let inner: Vec<String> =
                            unnamed.unnamed.iter().map(|f| type_name(&f.ty)).collect();
                        writeln!(out, "struct {}({})", s.ident, inner.join(", ")).ok();
                    }
                    syn::Fields::Unit => {
                        writeln!(out, "struct {}", s.ident).ok();
                    }
                }
            }
            syn::Item::Enum(e) => {
                writeln!(out).ok();
                let attrs = serde_container_tag(&e.attrs);
                if attrs.is_empty() {
                    writeln!(out, "enum {}", e.ident).ok();
                } else {
                    writeln!(out, "enum {} [{}]", e.ident, attrs.join(", ")).ok();
                }
                for v in &e.variants {
                    let wire = serde_rename(&v.attrs)
                        .map(|w| format!(" = {w:?}"))
                        .unwrap_or_default();
                    match &v.fields {
                        syn::Fields::Unit => {
                            writeln!(out, "  {}{wire}", v.ident).ok();
                        }
                        syn::Fields::Unnamed(u) => {
                            let inner: Vec<String> =
                                u.unnamed.iter().map(|f| type_name(&f.ty)).collect();
                            writeln!(out, "  {}({}){wire}", v.ident, inner.join(", ")).ok();
                        }
                        syn::Fields::Named(n) => {
                            writeln!(out, "  {}{wire} {{", v.ident).ok();
                            for f in &n.named {
                                let ident =
                                    f.ident.as_ref().map(|i| i.to_string()).unwrap_or_default();
                                let w = serde_rename(&f.attrs).unwrap_or(ident);
                                writeln!(out, "    {w}: {}", type_name(&f.ty)).ok();
                            }
                            writeln!(out, "  }}").ok();
                        }
                    }
                }
            }
            _ => {}
        }
    }

    writeln!(out).ok();
    writeln!(out, "# Open enums").ok();
    for (name, schema) in spec.schemas() {
        if !spec::is_component_enum(&schema) {
            continue;
        }
        let values: Vec<String> = schema
            .get("enum")
            .and_then(Value::as_array)
            .map(|v| {
                v.iter()
                    .map(|x| {
                        x.as_str()
                            .map(str::to_string)
                            .unwrap_or_else(|| x.to_string())
                    })
                    .collect()
            })
            .unwrap_or_default();
        writeln!(out, "{name}: {} | Unknown", values.join(" | ")).ok();
    }
    Ok(out)
}

/// `(location, wire name)` of each parameter of an operation: path-level first, then its own.
fn parameters(spec: &Spec, path: &str, op: &Value) -> Vec<(String, String)> {
    let pointer = format!(
        "/paths/{}/parameters",
        path.replace('~', "~0").replace('/', "~1")
    );
    let path_level = spec
        .raw
        .pointer(&pointer)
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    let own = op
        .get("parameters")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    path_level
        .iter()
        .chain(own.iter())
        .map(|p| {
            let p = p
                .get("$ref")
                .and_then(Value::as_str)
                .and_then(|r| spec.resolve(r))
                .unwrap_or(p);
            let location = p
                .get("in")
                .and_then(Value::as_str)
                .unwrap_or("?")
                .to_string();
            let required = p.get("required").and_then(Value::as_bool).unwrap_or(false);
            let name = p
                .get("name")
                .and_then(Value::as_str)
                .unwrap_or("?")
                .to_string();
            let location = if required || location == "path" {
                location
            } else {
                format!("{location}?")
            };
            (location, name)
        })
        .collect()
}

/// The index of the scope catalog: each scope with what needs it, the bundles, and the
/// unpublished operations.
pub fn scope_catalog(spec: &Spec) -> Result<String, String> {
    let catalog = spec.scope_catalog()?;
    let names: BTreeMap<&str, &str> = catalog
        .iter()
        .map(|s| (s.id.as_str(), s.name.as_str()))
        .collect();
    let display = |ids: &[String]| -> String {
        if ids.is_empty() {
            "(any valid token)".to_string()
        } else {
            ids.iter()
                .map(|i| names.get(i.as_str()).copied().unwrap_or(i.as_str()))
                .collect::<Vec<_>>()
                .join(", ")
        }
    };
    let ops = spec.operations();
    let mut out = String::new();
    writeln!(out, "# Scopes ({})", catalog.len()).ok();
    for s in &catalog {
        writeln!(out).ok();
        writeln!(out, "{} = {:?}", s.id, s.name).ok();
        writeln!(out, "  unlocks: {}", s.unlocks).ok();
        let users: Vec<&str> = ops
            .iter()
            .filter(|o| o.scopes().contains(&s.id))
            .map(|o| o.id.as_str())
            .collect();
        writeln!(
            out,
            "  needed by: {}",
            if users.is_empty() {
                "(no operation in the spec)".to_string()
            } else {
                users.join(", ")
            }
        )
        .ok();
    }
    writeln!(out).ok();
    writeln!(out, "# Suggested bundles").ok();
    for (group, ids) in spec.scope_bundles()? {
        writeln!(out, "{group}: {}", display(&ids)).ok();
    }
    writeln!(out).ok();
    writeln!(out, "# Operations without a published path").ok();
    for u in spec.unpublished_operations()? {
        writeln!(
            out,
            "{} [{}]: {} (scopes source: {})",
            u.name,
            u.group,
            display(&u.scopes),
            u.scopes_source
        )
        .ok();
    }
    Ok(out)
}
