-- The row triggers of 0007 refuse UPDATE and DELETE on the audit log; TRUNCATE fires no row trigger, so a
-- statement trigger refuses it too. (Each insert takes two numbers of the sequence — the column default, then
-- the trigger's under its lock — so sequence numbers have gaps; the chain follows their order, not their values.)
CREATE TRIGGER audit_sans_truncate BEFORE TRUNCATE ON audit FOR EACH STATEMENT EXECUTE FUNCTION audit_lecture_seule();
