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
 * A new installation without demo accounts gets its three administrators (三员分立): {@code admin} (系统管理员),
 * {@code secadmin} (安全管理员) and {@code auditor} (审计管理员), whose generated passwords are written to a file
 * that only the server's user may read, never to the log, one line each. Whoever installed it hands each
 * password to its holder, who must choose a new one at the first login; then the file is deleted. Runs after the
 * demo accounts, so that where they were asked for nothing more is made.
 */
@Component
@Order(300)
@ConditionalOnWebApplication
class FirstAdministrator implements ApplicationRunner {

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
        StringBuilder lines = new StringBuilder();
        try {
            for (Accounts.NewAccountRequest administrator : Accounts.ADMINISTRATORS) {
                Accounts.NewAccount created = accounts.createWithGeneratedPassword(administrator.username(),
                        administrator.displayName(), administrator.role(), null, null);
                lines.append(administrator.username()).append(' ').append(administrator.role().label()).append(' ')
                        .append(created.password()).append(System.lineSeparator());
            }
        } catch (AccountException e) {
            return; // another server starting on the same database made them a moment ago
        }
        write(lines.toString());
        log.warn("三个管理员账号（admin 系统管理员、secadmin 安全管理员、auditor 审计管理员）已创建，初始密码在文件 {} 中"
                + "（只有本服务的系统用户可读）；首次登录须修改密码，之后请删除该文件。", passwordFile.toAbsolutePath());
    }

    private void write(String text) {
        try {
            Path parent = passwordFile.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Files.deleteIfExists(passwordFile);
            if (parent.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(passwordFile, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            }
            Files.writeString(passwordFile, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("无法写出管理员的初始密码文件 " + passwordFile.toAbsolutePath(), e);
        }
    }
}
