package org.jixiao.account;

class H2LoginThrottleTest extends LoginThrottleContract {
}
