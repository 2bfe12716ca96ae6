package org.jixiao.web;

import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK, properties = "jixiao.demo.enabled=false")
class H2SessionStoreTest extends SessionStoreContract {
}
