/**
 * The people who use jixiao and what each may do: accounts with one role each (单位填报人, 项目负责人,
 * 财政审核人, 管理员), the unit or region an account belongs to, lock-out after repeated failed logins, the demo
 * accounts of a new installation, and {@link org.jixiao.account.Permissions}: who may read, edit, submit,
 * review and publish which evaluation.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts")
package org.jixiao.account;
