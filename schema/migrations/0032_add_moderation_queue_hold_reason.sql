-- Why a registration waits for review whatever the tenant's moderation mode, shown to the CCI's
-- reviewer; NULL for the usual entries. 'turnstile_unavailable': Cloudflare's anti-bot check
-- could not be reached and the deployment sets TURNSTILE_UNAVAILABLE = "review", so the
-- registration was accepted unchecked and kept off the map (docs/deploying.md).
ALTER TABLE moderation_queue ADD COLUMN hold_reason TEXT CHECK (hold_reason IN ('turnstile_unavailable'));
