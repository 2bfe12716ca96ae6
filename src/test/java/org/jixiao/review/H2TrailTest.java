package org.jixiao.review;

class H2TrailTest extends TrailContract {
}
