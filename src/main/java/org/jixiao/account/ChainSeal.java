package org.jixiao.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Seals the head of every chain of the trail at an interval (jixiao.trail.seal-interval, an hour by default; the
 * first a minute after start), where it moved since its last seal. Several servers may all run it: the seal is
 * made under the chain's lock, and a second server finds the head sealed already.
 */
@Component
class ChainSeal {

    private static final Logger LOG = LoggerFactory.getLogger(ChainSeal.class);

    private final Trails trails;

    ChainSeal(Trails trails) {
        this.trails = trails;
    }

    @Scheduled(fixedRateString = "${jixiao.trail.seal-interval:1h}", initialDelayString = "${jixiao.trail.seal-delay:1m}")
    void sealAll() {
        for (String chain : trails.chains()) {
            try {
                trails.seal(chain);
            } catch (RuntimeException e) {
                // the next interval tries again; the other chains are sealed meanwhile
                LOG.error("Trail {} could not be sealed", chain, e);
            }
        }
    }
}
