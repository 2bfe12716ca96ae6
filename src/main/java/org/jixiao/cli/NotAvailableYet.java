package org.jixiao.cli;

/** A command whose capability has not landed: it exits 2 and says so, rather than doing something wrong. */
final class NotAvailableYet {

    private NotAvailableYet() {
    }

    static BadInputException command(String name) {
        return new BadInputException(name + ": not available yet（此命令尚未提供）");
    }
}
