package org.jixiao.seal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Hashtable;
import java.util.Map;
import java.util.TimeZone;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Signs a report's PDF as published (PAdES baseline B-B: an incremental update adding a signature field whose
 * value is a detached CMS signature, sub-filter ETSI.CAdES.detached, with the signer's certificate and the ESS
 * signing-certificate-v2 attribute that binds it, the claimed time in the signature dictionary and not in the CMS).
 * The publication's facts go into the document information in the same update, so the signature covers them.
 */
public final class PdfSeal {

    /** Room for the CMS in the file: a chain of a few certificates fits. */
    private static final int SIGNATURE_SIZE = 24 * 1024;

    private PdfSeal() {
    }

    public static byte[] sign(byte[] pdf, SigningKey key, Publication publication, String reason, String location) {
        try (PDDocument document = Loader.loadPDF(pdf); SignatureOptions options = new SignatureOptions()) {
            PDDocumentInformation info = document.getDocumentInformation();
            for (Map.Entry<String, String> entry : publication.entries().entrySet()) {
                info.setCustomMetadataValue(entry.getKey(), entry.getValue());
            }
            info.getCOSObject().setNeedToBeUpdated(true);
            document.getDocumentCatalog().getCOSObject().setNeedToBeUpdated(true);

            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
            signature.setName(key.signer());
            signature.setReason(reason);
            signature.setLocation(location);
            signature.setSignDate(calendar(publication.publishedAt() != null ? publication.publishedAt() : Instant.now()));
            options.setPreferredSignatureSize(SIGNATURE_SIZE);
            document.addSignature(signature, content -> cms(content, key), options);
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + SIGNATURE_SIZE * 2 + 4096);
            document.saveIncremental(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new SealException("无法签署该 PDF：" + e.getMessage(), e);
        }
    }

    /** The detached CMS signature of the bytes the signature's byte range covers. */
    private static byte[] cms(InputStream content, SigningKey key) throws IOException {
        try {
            X509Certificate certificate = key.certificate();
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(Crypto.digestCalculators(key.profile()))
                    .setSignedAttributeGenerator(new WithoutSigningTime(signingCertificate(certificate, key.profile())))
                    .build(new JcaContentSignerBuilder(key.signatureAlgorithm()).setProvider(Crypto.PROVIDER)
                            .build(key.privateKey()), certificate));
            generator.addCertificates(new JcaCertStore(key.chain()));
            return generator.generate(new CMSProcessableByteArray(content.readAllBytes()), false).getEncoded("DER");
        } catch (GeneralSecurityException | OperatorCreationException | CMSException e) {
            throw new IOException("CMS signature failed: " + e.getMessage(), e);
        }
    }

    /** ESS signing-certificate-v2: the certificate's digest and issuer, so that it cannot be swapped for another. */
    private static AttributeTable signingCertificate(X509Certificate certificate, SealProfile profile)
            throws CertificateEncodingException {
        byte[] hash = Crypto.digest(profile).digest(certificate.getEncoded());
        IssuerSerial issuerSerial = new IssuerSerial(new GeneralNames(new GeneralName(
                new JcaX509CertificateHolder(certificate).getIssuer())), certificate.getSerialNumber());
        ESSCertIDv2 id = new ESSCertIDv2(new AlgorithmIdentifier(profile.digestOid()), hash, issuerSerial);
        ASN1EncodableVector attributes = new ASN1EncodableVector();
        attributes.add(new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                new DERSet(new SigningCertificateV2(new ESSCertIDv2[] {id}))));
        return new AttributeTable(attributes);
    }

    /** PAdES puts the claimed signing time in the signature dictionary (/M); the CMS must not carry one. */
    private static final class WithoutSigningTime extends DefaultSignedAttributeTableGenerator {

        WithoutSigningTime(AttributeTable attributes) {
            super(attributes);
        }

        @Override
        @SuppressWarnings({"rawtypes", "unchecked"})
        protected Hashtable createStandardAttributeTable(Map parameters) {
            Hashtable table = super.createStandardAttributeTable(parameters);
            table.remove(CMSAttributes.signingTime);
            return table;
        }
    }

    private static Calendar calendar(Instant at) {
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone("Asia/Shanghai"));
        calendar.setTimeInMillis(at.toEpochMilli());
        return calendar;
    }
}
