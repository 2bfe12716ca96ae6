package org.jixiao.seal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.gm.GMObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;

/**
 * Checks a PDF someone holds: is it signed, does its last signature verify over the bytes it covers, do those bytes
 * reach the end of the file (else something was added after signing), and what publication does the signed part
 * name. Trust in the certificate itself (is it the bureau's?) is the reader's to decide against the fingerprint the
 * bureau publishes; a self-signed certificate is said to be one.
 */
public final class SealCheck {

    private SealCheck() {
    }

    /** Whether the bytes are a PDF: its header in the first kilobyte, where readers look for it. */
    public static boolean isPdf(byte[] content) {
        String head = new String(content, 0, Math.min(content.length, 1024), StandardCharsets.ISO_8859_1);
        return head.contains("%PDF-");
    }

    public static SealReport check(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<PDSignature> signatures = document.getSignatureDictionaries();
            Publication publication = Publication.from(entries(document.getDocumentInformation()));
            if (signatures.isEmpty()) {
                return new SealReport(false, false, false, null, null, false, null, null, publication,
                        List.of("该 PDF 没有数字签名"));
            }
            // the last signature is the one that speaks for the file as it is
            PDSignature signature = signatures.get(signatures.size() - 1);
            int[] range = signature.getByteRange();
            long signedEnd = range != null && range.length == 4 ? (long) range[2] + range[3] : -1;
            if (signedEnd > 0 && signedEnd < pdf.length) {
                // something was added after signing: what the publication was is read from the signed revision
                publication = signedRevisionPublication(pdf, (int) signedEnd, publication);
            }
            return check(pdf, signature, publication);
        } catch (IOException e) {
            throw new SealException("不是可读取的 PDF 文件：" + e.getMessage(), e);
        }
    }

    private static SealReport check(byte[] pdf, PDSignature signature, Publication publication) throws IOException {
        List<String> problems = new ArrayList<>();
        int[] range = signature.getByteRange();
        boolean wholeFile = range != null && range.length == 4 && range[0] == 0 && range[1] >= 0
                && range[2] >= range[1] && (long) range[2] + range[3] == pdf.length;
        if (!wholeFile) {
            problems.add("签名之后文件又被修改或追加了内容（签名只覆盖文件的前一部分）");
        }
        Instant signedAt = signedAt(signature.getSignDate());
        if (range == null || range.length != 4 || (long) range[2] + range[3] > pdf.length) {
            problems.add("签名的字节范围与文件不符，文件可能被截断或改动");
            return new SealReport(true, false, false, null, null, false, signedAt, null, publication, problems);
        }
        byte[] contents = signature.getContents();
        byte[] signed = signature.getSignedContent(pdf);
        try {
            CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signed), contentInfo(contents));
            SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> matches = cms.getCertificates().getMatches(signer.getSID());
            if (matches.isEmpty()) {
                problems.add("签名中没有签名人的证书");
                return new SealReport(true, false, wholeFile, null, null, false, signedAt, null, publication, problems);
            }
            X509CertificateHolder holder = matches.iterator().next();
            X509Certificate certificate = new JcaX509CertificateConverter().setProvider(Crypto.PROVIDER)
                    .getCertificate(holder);
            boolean intact = verifies(signer, holder);
            if (!intact) {
                problems.add("签名与文件内容不符：签名之后文件被改动过");
            }
            SealProfile profile = GMObjectIdentifiers.sm3.getId().equals(signer.getDigestAlgOID())
                    ? SealProfile.GUOMI : SealProfile.INTERNATIONAL;
            String fingerprint = Fingerprints.of(certificate, profile);
            boolean selfSigned = certificate.getSubjectX500Principal().equals(certificate.getIssuerX500Principal());
            if (!PDSignature.SUBFILTER_ETSI_CADES_DETACHED.equals(signature.getCOSObject().getCOSName(COSName.SUB_FILTER))) {
                problems.add("签名不是 PAdES（ETSI.CAdES.detached）格式");
            }
            return new SealReport(true, intact, wholeFile, SignerNames.of(certificate), fingerprint, selfSigned,
                    signedAt, profile, publication, problems);
        } catch (CMSException | OperatorCreationException | CertificateException | RuntimeException e) {
            problems.add("签名无法校验（签名数据损坏）：" + e.getMessage());
            return new SealReport(true, false, wholeFile, null, null, false, signedAt, null, publication, problems);
        }
    }

    /** Whether the signature holds over the signed bytes: a digest that differs is a changed file, not damage. */
    private static boolean verifies(SignerInformation signer, X509CertificateHolder holder)
            throws OperatorCreationException, CertificateException {
        try {
            return signer.verify(new JcaSimpleSignerInfoVerifierBuilder().setProvider(Crypto.PROVIDER).build(holder));
        } catch (CMSException e) {
            return false; // message-digest attribute value does not match: the bytes are not those signed
        }
    }

    /** The CMS structure at the head of /Contents, without the zeros that pad the space reserved for it. */
    private static ContentInfo contentInfo(byte[] contents) throws IOException {
        try (ASN1InputStream in = new ASN1InputStream(contents)) {
            return ContentInfo.getInstance(in.readObject());
        }
    }

    private static Publication signedRevisionPublication(byte[] pdf, int end, Publication fallback) {
        try (PDDocument signed = Loader.loadPDF(Arrays.copyOf(pdf, end))) {
            return Publication.from(entries(signed.getDocumentInformation()));
        } catch (IOException e) {
            return fallback;
        }
    }

    private static Map<String, String> entries(PDDocumentInformation info) {
        Map<String, String> entries = new LinkedHashMap<>();
        for (String key : info.getMetadataKeys()) {
            String value = info.getCustomMetadataValue(key);
            if (value != null) {
                entries.put(key, value);
            }
        }
        return entries;
    }

    private static Instant signedAt(Calendar calendar) {
        return calendar == null ? null : calendar.toInstant();
    }
}
