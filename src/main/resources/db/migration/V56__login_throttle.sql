-- Failed logins counted three ways, shared by every server: an account from one address, an address whatever the
-- names, an account from everywhere (the unused parts of the key are ''). An attempt is reserved here (pending)
-- before its password is checked, so that parallel guesses cannot pass the limit (see account.LoginThrottle).
-- They replace the counters on app_user.
CREATE TABLE login_throttle (
    counter      VARCHAR(24)              NOT NULL,
    username     VARCHAR(64)              NOT NULL,
    address      VARCHAR(64)              NOT NULL,
    failures     INTEGER                  NOT NULL,
    pending      INTEGER                  NOT NULL,
    window_start TIMESTAMP WITH TIME ZONE NOT NULL,
    locked_until TIMESTAMP WITH TIME ZONE,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_login_throttle PRIMARY KEY (counter, username, address)
);

CREATE INDEX ix_login_throttle_username ON login_throttle (username);

ALTER TABLE app_user DROP COLUMN failed_logins;
ALTER TABLE app_user DROP COLUMN locked_until;
