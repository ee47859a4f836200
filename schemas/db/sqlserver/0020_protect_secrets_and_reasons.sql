-- A rejected row's reason names the column and the rule, never the value: reasons written before this migration quoted
-- the rejected value (a birth date, a name, an amount) and are rewritten from their column and code.
-- TOTP secrets are encrypted by the application: the column makes room for the encrypted form.
ALTER TABLE users ALTER COLUMN totp_secret nvarchar(400) NULL;

UPDATE delivery_errors
SET reason = COALESCE(column_name, N'row') + N': rejected by rule ' + code + N' (the value is not repeated here)'
WHERE reason LIKE N'%''%';
