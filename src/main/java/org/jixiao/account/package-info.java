/**
 * The people who use jixiao: accounts with one role each (单位填报人, 项目负责人, 财政审核人, 管理员), the unit or
 * region an account belongs to, lock-out after repeated failed logins. It depends on no other module; what each
 * role may do with an evaluation or a region is decided where those live ({@code evaluation.EvaluationAccess},
 * {@code evaluation.RegionAccess}), with the library's entries by {@code library.LibraryPermissions}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts", allowedDependencies = {})
package org.jixiao.account;
