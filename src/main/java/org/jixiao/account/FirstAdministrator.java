package org.jixiao.account;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A new installation without demo accounts gets one administrator, {@code admin}, whose generated password is
 * written to a file that only the server's user may read, never to the log: the person who installed it reads
 * the file, logs in, must choose a new password at once, and deletes the file. Runs after the demo accounts, so
 * that where they were asked for nothing more is made.
 */
@Component
@Order(300)
@ConditionalOnWebApplication
class FirstAdministrator implements ApplicationRunner {

    static final String USERNAME = "admin";
    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final Accounts accounts;
    private final Path passwordFile;

    FirstAdministrator(Accounts accounts,
            @Value("${jixiao.initial-password-file:./data/initial-admin-password}") Path passwordFile) {
        this.accounts = accounts;
        this.passwordFile = passwordFile;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.count() > 0) {
            return;
        }
        Accounts.NewAccount created;
        try {
            created = accounts.createWithGeneratedPassword(USERNAME, "系统管理员", Role.ADMINISTRATOR, null, null);
        } catch (AccountException e) {
            return; // another server starting on the same database made it a moment ago
        }
        write(created.password());
        log.warn("首个管理员账号 {} 已创建，初始密码在文件 {} 中（只有本服务的系统用户可读）；首次登录须修改密码，之后请删除该文件。",
                USERNAME, passwordFile.toAbsolutePath());
    }

    private void write(String password) {
        try {
            Path parent = passwordFile.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Files.deleteIfExists(passwordFile);
            if (parent.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(passwordFile, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            }
            Files.writeString(passwordFile, password + System.lineSeparator(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("无法写出首个管理员的初始密码文件 " + passwordFile.toAbsolutePath(), e);
        }
    }
}
