package org.jixiao.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.jixiao.account.SecondFactors;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.core.annotation.AliasFor;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * A test of page controllers alone: their mappings, binding, templates, the shared advice and interceptors, on
 * MockMvc without a database or the services behind them (the test stands them in with {@code @MockitoBean}). What
 * the shared web layer needs of the rest is stood in here: the security log's recorder and the second factor's
 * check. Spring Boot's default security guards the slice; the application's rules are tested whole in
 * {@code AccessMatrixTest}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@WebMvcTest
@MockitoBean(types = {SecurityRecorder.class, SecondFactors.class})
public @interface PageSlice {

    /** The controllers of the slice. */
    @AliasFor(annotation = WebMvcTest.class, attribute = "controllers")
    Class<?>[] value() default {};
}
