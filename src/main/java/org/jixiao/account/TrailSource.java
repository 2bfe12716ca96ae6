package org.jixiao.account;

import java.util.List;

/**
 * What a module whose table is chained gives the trail: the chain's name and its entries read back from its own
 * table, in the order of their ids, a page at a time. Each module reads its own table; the trail reads none.
 */
public interface TrailSource {

    String chain();

    /** Up to {@code limit} entries with an id above {@code id}, by id. */
    List<TrailEntry> after(long id, int limit);
}
