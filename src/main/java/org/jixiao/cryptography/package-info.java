/**
 * The operator's cryptography (密码应用) outside publication: one setting chooses the international profile
 * (SHA-256, ECDSA, AES) or 国密 (SM3, SM2, SM4), and this module gives the rest of the application what follows
 * from it: the secrets kept in the database sealed under a key kept outside it ({@link org.jixiao.account.SecretCipher}),
 * and the key that signs the trail's seals ({@link org.jixiao.account.TrailSigner}). The algorithms are the
 * {@code seal} core's; the interfaces are the account module's, which depends on nothing.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Cryptography", allowedDependencies = {"account", "seal"})
package org.jixiao.cryptography;
