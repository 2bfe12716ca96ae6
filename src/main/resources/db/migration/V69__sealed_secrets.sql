-- The second factor's seed is kept sealed (AES-GCM, or SM4-GCM under the guomi profile) under a key kept outside
-- the database: "sm4-gcm:" and the Base64 of nonce, ciphertext and tag no longer fit 64 characters. Seeds kept
-- plain before are sealed at the next start (cryptography.CryptographyConfiguration).
ALTER TABLE second_factor ALTER COLUMN secret SET DATA TYPE VARCHAR(200);
