package org.jixiao.indepth;

/** No such in-depth evaluation, or one the actor may not see (told alike: its number says nothing). */
public class InDepthNotFoundException extends RuntimeException {

    public InDepthNotFoundException(long id) {
        super("评价 " + id + " 不存在");
    }
}
