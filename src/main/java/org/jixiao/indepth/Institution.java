package org.jixiao.indepth;

import java.util.List;

/** 第三方机构 of a region, and the usernames of its people's accounts. */
public record Institution(long id, String region, String name, List<String> members) {

    public Institution {
        members = List.copyOf(members);
    }
}
