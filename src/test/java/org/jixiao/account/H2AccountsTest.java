package org.jixiao.account;

class H2AccountsTest extends AccountsContract {
}
