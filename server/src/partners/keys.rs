//! Partners and their API keys: made by the operator, shown once, kept as
//! a hash, scoped, revocable, and each use recorded.

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use chrono::{DateTime, Utc};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::app::App;
use crate::ids::{new_id, random_hex, token_hash};
use crate::params;
use crate::refusals::Refusal;
use crate::service_key::ServiceKey;
use crate::store::{Db, Optional};

/// What a key lets its partner do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum PartnerScope {
    /// Its sellers and their products.
    Catalogue,
    /// Its sellers' parcels: shipped, delivered.
    Shipping,
    /// Its sellers' cancels and refunds.
    Refunds,
}

impl PartnerScope {
    /// Every scope.
    pub const ALL: [PartnerScope; 3] = [PartnerScope::Catalogue, PartnerScope::Shipping, PartnerScope::Refunds];

    /// Its name, as keys store it and the operator types it.
    pub fn name(self) -> &'static str {
        match self {
            PartnerScope::Catalogue => "catalogue",
            PartnerScope::Shipping => "shipping",
            PartnerScope::Refunds => "refunds",
        }
    }

    /// The scope a name names.
    pub fn from_name(name: &str) -> Option<PartnerScope> {
        PartnerScope::ALL.into_iter().find(|scope| scope.name() == name)
    }
}

/// A key just made: its secret is shown this once and never kept.
pub struct IssuedKey {
    /// The key's id, to revoke it by.
    pub key_id: String,
    /// What the partner sends as `Authorization: Bearer <secret>`.
    pub secret: String,
}

/// A new partner; its id.
pub fn add_partner(tx: &Db, name: &str, now: DateTime<Utc>) -> Result<String, Refusal> {
    let name = name.trim();
    if name.is_empty() {
        return Err(Refusal::validation("partner_name_required", "name the partner").with_field("name"));
    }
    let id = new_id("ptn");
    tx.execute("INSERT INTO partners (id, name, created_at) VALUES (?1, ?2, ?3)", params![id, name, now.to_rfc3339()])?;
    Ok(id)
}

/// A new key for `partner_id`, granting `scopes`.
pub fn issue_key(tx: &Db, partner_id: &str, scopes: &[PartnerScope], now: DateTime<Utc>) -> Result<IssuedKey, Refusal> {
    let known: Option<String> =
        tx.query_row("SELECT id FROM partners WHERE id = ?1", [partner_id], |r| r.get(0)).optional()?;
    if known.is_none() {
        return Err(Refusal::not_found("partner"));
    }
    if scopes.is_empty() {
        return Err(Refusal::validation(
            "scope_required",
            "give the key at least one scope: catalogue, shipping or refunds",
        )
        .with_field("scopes"));
    }
    let (key_id, secret) = (new_id("pkey"), format!("pk_{}", random_hex(24)));
    let scopes: Vec<&str> = scopes.iter().map(|scope| scope.name()).collect();
    tx.execute(
        "INSERT INTO partner_keys (id, partner_id, key_hash, scopes, created_at) VALUES (?1, ?2, ?3, ?4, ?5)",
        params![key_id, partner_id, token_hash(&secret), scopes.join(" "), now.to_rfc3339()],
    )?;
    Ok(IssuedKey { key_id, secret })
}

/// Revokes a key: from now on it is refused. Revoking twice is harmless.
pub fn revoke_key(tx: &Db, key_id: &str, now: DateTime<Utc>) -> Result<(), Refusal> {
    let changed = tx.execute(
        "UPDATE partner_keys SET revoked_at = COALESCE(revoked_at, ?2) WHERE id = ?1",
        params![key_id, now.to_rfc3339()],
    )?;
    if changed == 0 {
        return Err(Refusal::not_found("partner key"));
    }
    Ok(())
}

/// Sets where the partner hears of its orders; the new signing secret,
/// shown this once (kept sealed under the service key, to sign with). The
/// URL is `https://`, or `http://` to this machine (a developer's receiver).
pub fn set_webhook(tx: &Db, service_key: &ServiceKey, partner_id: &str, url: &str) -> Result<String, Refusal> {
    let parsed = reqwest::Url::parse(url.trim()).map_err(|_| {
        Refusal::validation("invalid_webhook_url", "give the webhook as a full URL: https://example.com/pocket-events")
            .with_field("url")
    })?;
    let local = matches!(parsed.host_str(), Some("localhost" | "127.0.0.1" | "[::1]"));
    if !(parsed.scheme() == "https" || (parsed.scheme() == "http" && local)) {
        return Err(Refusal::validation(
            "insecure_webhook_url",
            "a webhook is reached over https:// (plain http:// only on this machine)",
        )
        .with_field("url"));
    }
    let secret = format!("whsec_{}", random_hex(24));
    let sealed = service_key.seal(crate::webhooks::SECRET_PURPOSE, partner_id, &secret);
    let changed = tx.execute(
        "UPDATE partners SET webhook_url = ?2, webhook_secret_sealed = ?3 WHERE id = ?1",
        params![partner_id, parsed.as_str(), sealed],
    )?;
    if changed == 0 {
        return Err(Refusal::not_found("partner"));
    }
    Ok(secret)
}

/// A partner as the admin's page lists it, with its keys (never a secret).
#[derive(Debug, Clone, serde::Serialize)]
pub struct PartnerListing {
    /// Its id.
    pub id: String,
    /// Its name.
    pub name: String,
    /// Its keys, newest first.
    pub keys: Vec<KeyListing>,
}

/// One key, as listed: what it grants and whether it still works.
#[derive(Debug, Clone, serde::Serialize)]
pub struct KeyListing {
    /// Its id.
    pub id: String,
    /// What it grants, space-separated.
    pub scopes: String,
    /// When it was made.
    pub created_at: String,
    /// When it was revoked, if it was.
    pub revoked_at: Option<String>,
}

/// Every partner with its keys.
pub fn list_partners(tx: &Db) -> Result<Vec<PartnerListing>, Refusal> {
    let partners: Vec<(String, String)> = {
        let mut statement = tx.prepare_cached("SELECT id, name FROM partners ORDER BY name, id")?;
        let rows = statement.query_map([], |r| r.read())?;
        rows.collect::<Result<_, _>>()?
    };
    let mut listed = Vec::new();
    for (id, name) in partners {
        let mut statement = tx.prepare_cached(
            "SELECT id, scopes, created_at, revoked_at FROM partner_keys WHERE partner_id = ?1 ORDER BY created_at DESC, id",
        )?;
        let keys = statement
            .query_map([&id], |r| r.read::<(String, String, String, Option<String>)>())?
            .map(|row| {
                row.map(|(id, scopes, created_at, revoked_at)| KeyListing { id, scopes, created_at, revoked_at })
            })
            .collect::<Result<_, _>>()?;
        listed.push(PartnerListing { id, name, keys });
    }
    Ok(listed)
}

/// The partner calling, from its key: who it is and what it may do.
#[derive(Debug, Clone)]
pub struct PartnerCaller {
    /// The partner.
    pub partner_id: String,
    /// The key it called with.
    pub key_id: String,
    /// What the key grants.
    pub scopes: Vec<PartnerScope>,
}

impl PartnerCaller {
    /// 403 unless the key grants `scope`.
    pub fn require(&self, scope: PartnerScope) -> Result<(), Refusal> {
        if self.scopes.contains(&scope) {
            return Ok(());
        }
        Err(Refusal::forbidden(
            "scope_missing",
            format!("this key does not grant `{}`: ask for a key with that scope", scope.name()),
        ))
    }
}

/// The caller behind a key's secret, its use recorded in the same write;
/// 401 for a key that is unknown or revoked.
fn caller_using(tx: &Db, secret: &str, method: &str, path: &str, now: DateTime<Utc>) -> Result<PartnerCaller, Refusal> {
    let row: Option<(String, String, String, Option<String>)> = tx
        .query_row(
            "SELECT id, partner_id, scopes, revoked_at FROM partner_keys WHERE key_hash = ?1",
            [token_hash(secret)],
            |r| r.read(),
        )
        .optional()?;
    let (key_id, partner_id, scopes, revoked_at) = row.ok_or_else(key_required)?;
    tx.execute(
        "INSERT INTO partner_key_uses (key_id, method, path, used_at) VALUES (?1, ?2, ?3, ?4)",
        params![key_id, method, path, now.to_rfc3339()],
    )?;
    if revoked_at.is_some() {
        return Err(Refusal::unauthenticated(
            "partner_key_revoked",
            "this API key was revoked: use the key that replaced it, or ask for a new one",
        ));
    }
    let scopes = scopes.split_whitespace().filter_map(PartnerScope::from_name).collect();
    Ok(PartnerCaller { partner_id, key_id, scopes })
}

fn key_required() -> Refusal {
    Refusal::unauthenticated(
        "partner_key_required",
        "send your partner API key as `Authorization: Bearer pk_...`; a shopper's session cannot call this",
    )
}

impl FromRequestParts<App> for PartnerCaller {
    type Rejection = Refusal;

    async fn from_request_parts(parts: &mut Parts, app: &App) -> Result<Self, Refusal> {
        let secret = crate::http::bearer_token(&parts.headers)
            .filter(|secret| secret.starts_with("pk_"))
            .ok_or_else(key_required)?;
        let (method, path, now) = (parts.method.to_string(), parts.uri.path().to_string(), app.clock.now());
        // The use is written even when the key is refused, so a revoked
        // key's attempts can be read: the write commits, then the refusal
        // is answered.
        app.store.write(move |tx| Ok::<_, Refusal>(caller_using(tx, &secret, &method, &path, now))).await?
    }
}
