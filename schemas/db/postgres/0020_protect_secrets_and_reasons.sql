-- A rejected row's reason names the column and the rule, never the value: reasons written before this migration quoted
-- the rejected value (a birth date, a name, an amount) and are rewritten from their column and code.
-- TOTP secrets are encrypted by the application: the column makes room for the encrypted form.
ALTER TABLE users ALTER COLUMN totp_secret TYPE varchar(400);

UPDATE delivery_errors
SET reason = COALESCE(column_name, 'row') || ': rejected by rule ' || code || ' (the value is not repeated here)'
WHERE reason LIKE '%''%';
