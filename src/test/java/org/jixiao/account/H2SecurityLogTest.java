package org.jixiao.account;

class H2SecurityLogTest extends SecurityLogContract {
}
