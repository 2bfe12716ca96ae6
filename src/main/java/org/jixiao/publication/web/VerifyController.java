package org.jixiao.publication.web;

import java.io.IOException;
import org.jixiao.document.DocumentSyntaxException;
import org.jixiao.document.InvalidDocumentException;
import org.jixiao.publication.Verification;
import org.jixiao.seal.SealException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** 核验: anyone uploads a report's PDF or a document's JSON and learns whether it is what the bureau published. */
@Controller
class VerifyController {

    private final Verification verification;

    VerifyController(Verification verification) {
        this.verification = verification;
    }

    @GetMapping("/public/verify")
    String form() {
        return "public/verify";
    }

    @PostMapping("/public/verify")
    String verify(@RequestParam(name = "file", required = false) MultipartFile file, Model model) throws IOException {
        if (file == null || file.isEmpty()) {
            model.addAttribute("error", "请选择要核验的文件（PDF 或评价文档 JSON）");
            return "public/verify";
        }
        model.addAttribute("fileName", file.getOriginalFilename());
        try {
            model.addAttribute("verdict", verification.check(file.getBytes()));
        } catch (SealException e) {
            model.addAttribute("error", e.getMessage());
        } catch (DocumentSyntaxException e) {
            model.addAttribute("error", "既不是 PDF，也不是可读取的评价文档 JSON：" + e.describe());
        } catch (InvalidDocumentException e) {
            model.addAttribute("error", "不是有效的评价文档：" + e.getMessage());
        }
        return "public/verify";
    }
}
