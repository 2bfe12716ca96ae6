package org.jixiao.web;

import java.time.Duration;
import java.util.Locale;
import org.jixiao.account.SecondFactors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;

/**
 * The UI speaks Chinese (zh-CN); {@code ?lang=en} switches to English and a cookie remembers it. Static files are
 * served under their own folders only, and the favicon.
 */
@Configuration
class WebConfiguration implements WebMvcConfigurer {

    private final SecurityRecorder recorder;
    private final SecondFactors secondFactors;

    WebConfiguration(SecurityRecorder recorder, SecondFactors secondFactors) {
        this.recorder = recorder;
        this.secondFactors = secondFactors;
    }

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("jixiao-lang");
        resolver.setDefaultLocale(Locale.SIMPLIFIED_CHINESE);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
        registry.addInterceptor(new FirstThingsFirst(secondFactors)).excludePathPatterns("/css/**", "/js/**",
                "/webjars/**", "/favicon.*");
        registry.addInterceptor(new SecurityLogInterceptor(recorder)).excludePathPatterns("/css/**", "/js/**",
                "/webjars/**", "/favicon.*");
    }

    /**
     * The style sheet, scripts and webjars (without version in the path), in place of Spring Boot's mapping of
     * every path: with that, each link a page writes ({@code @{/evaluations/5}}) was looked up on the class path
     * as a possible static file, which was nine tenths of the dashboard's time.
     */
    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/css/**").addResourceLocations("classpath:/static/css/");
        registry.addResourceHandler("/js/**").addResourceLocations("classpath:/static/js/");
        // the icon of the tab and the bookmark: the drawing, and the same in pixels for browsers that ask /favicon.ico
        registry.addResourceHandler("/favicon.svg", "/favicon.ico").addResourceLocations("classpath:/static/")
                .setCacheControl(CacheControl.maxAge(Duration.ofDays(7)));
        registry.addResourceHandler("/webjars/**").addResourceLocations("classpath:/META-INF/resources/webjars/")
                .resourceChain(true).addResolver(new LiteWebJarsResourceResolver());
    }
}
