package org.jixiao.account;

class H2SecondFactorsTest extends SecondFactorsContract {
}
