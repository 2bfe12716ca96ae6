package org.jixiao.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

@SpringBootTest
@AutoConfigureMockMvc
class ApiDocumentationTest {

    @Autowired
    MockMvc mvc;

    @Test
    void dump() throws Exception {
        var response = mvc.perform(MockMvcRequestBuilders.get("/v3/api-docs")).andReturn().getResponse();
        Files.writeString(Path.of("/tmp/api-docs.json"), response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(response.getStatus()).isEqualTo(200);
    }
}
