package org.jixiao.account;

/**
 * An account's password was changed or reset, or the account disabled: its open sessions must end, for a
 * session outlives the password that opened it. The account's own password change keeps the session it was made
 * in, so that its owner is not logged out by it.
 *
 * @param username          whose sessions end
 * @param keepCurrentSession whether the session of the request that made the change stays open
 */
public record CredentialsChanged(String username, boolean keepCurrentSession) {
}
