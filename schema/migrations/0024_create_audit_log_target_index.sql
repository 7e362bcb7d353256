-- A listing's history reads its audit entries without scanning the tenant's whole log.
CREATE INDEX audit_log_target ON audit_log (tenant_id, target_type, target_id, at);
