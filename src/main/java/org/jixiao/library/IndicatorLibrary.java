package org.jixiao.library;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jixiao.account.Actor;
import org.jixiao.account.NotPermittedException;
import org.jixiao.evaluation.Evaluations;
import org.jixiao.evaluation.Unit;
import org.jixiao.library.LibraryFiles.FileEntry;
import org.jixiao.scoring.IndicatorNames;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the application does with the library: browse and search it, suggest indicators for a key task, curate it
 * (administrators), propose additions (units) and decide on them (finance reviewers), import and export it. Every
 * change is a new version of the entry, kept with who made it, when and why; nothing is deleted.
 */
@Service
public class IndicatorLibrary {

    private static final List<EntryStatus> PUBLISHED = List.of(EntryStatus.ACTIVE, EntryStatus.RETIRED);

    private final LibraryRepository repository;
    private final LibraryState state;
    private final Evaluations evaluations;
    private final ApplicationEventPublisher events;

    IndicatorLibrary(LibraryRepository repository, LibraryState state, Evaluations evaluations,
            ApplicationEventPublisher events) {
        this.repository = repository;
        this.state = state;
        this.evaluations = evaluations;
        this.events = events;
    }

    /**
     * The entries in use (and the retired ones, if asked), of one kind or all; with words, the best matches first
     * and generic indicators last, else by code.
     */
    public List<LibraryEntry> browse(String words, WorkKind kind, boolean withRetired) {
        List<LibraryEntry> entries = repository.all(withRetired ? PUBLISHED : List.of(EntryStatus.ACTIVE)).stream()
                .filter(e -> kind == null || e.indicator().kind() == kind).toList();
        if (words == null || words.isBlank()) {
            return entries;
        }
        Map<String, LibraryEntry> byCode = new HashMap<>();
        entries.forEach(e -> byCode.put(e.code(), e));
        List<LibraryEntry> found = new ArrayList<>();
        for (Suggestion s : state.current().search().search(words, Integer.MAX_VALUE)) {
            LibraryEntry entry = byCode.remove(s.code());
            if (entry != null) {
                found.add(entry);
            }
        }
        // a retired entry is not in the index: found by its name or code only
        String text = words.strip();
        byCode.values().stream().filter(e -> !e.isActive())
                .filter(e -> e.code().equalsIgnoreCase(text) || e.name().contains(text)).forEach(found::add);
        return found;
    }

    /**
     * Indicators for a key task from its name and expected goal, best first, generic ones last; none of those the
     * task already has.
     */
    public List<Suggestion> suggest(String taskName, String expectedGoal, Collection<String> present, int limit) {
        return state.current().search().suggest(taskName, expectedGoal, present, limit);
    }

    /** The entry in use known by that name or alias, if any. */
    public Optional<LibraryIndicator> byName(String name) {
        return Optional.ofNullable(state.current().byName(name));
    }

    /** Whether the library flags this indicator name as generic. */
    public boolean isGeneric(String name) {
        LibraryIndicator indicator = state.current().byName(name);
        return indicator != null && indicator.generic();
    }

    public LibraryEntry entry(Actor actor, String code) {
        LibraryEntry entry = repository.find(code).orElseThrow(() -> new LibraryEntryNotFoundException(code));
        if (!LibraryPermissions.canSee(actor, entry)) {
            throw new LibraryEntryNotFoundException(code);
        }
        return entry;
    }

    /** Every version of the entry, newest first. */
    public List<EntryVersion> versions(Actor actor, String code) {
        entry(actor, code);
        return repository.versions(code);
    }

    @Transactional
    public LibraryEntry create(Actor actor, LibraryIndicator indicator) {
        requireCurator(actor);
        LibraryIndicator coded = withNewCode(indicator.withCode(null).validated());
        refuseNameTaken(coded, null);
        return changed(actor, repository.insert(coded, EntryStatus.ACTIVE, EntryChange.CREATED, null, null,
                actor.username(), Instant.now(), null));
    }

    /**
     * A new version of the entry's content. Refused where the entry changed since the editor read version
     * {@code expectedVersion}, and for a proposal, which its region's reviewer decides on first.
     */
    @Transactional
    public LibraryEntry edit(Actor actor, String code, int expectedVersion, LibraryIndicator indicator, String note) {
        requireCurator(actor);
        LibraryEntry entry = existing(code);
        if (entry.version() != expectedVersion) {
            throw new LibraryConflictException("指标 " + code + " 已有第 " + entry.version() + " 版（您修改的是第 "
                    + expectedVersion + " 版），请刷新后重试");
        }
        if (entry.status() == EntryStatus.PROPOSED || entry.status() == EntryStatus.REJECTED) {
            throw new LibraryConflictException("指标 " + code + " 是单位的提议，由财政审核人审核，不能直接修改");
        }
        LibraryIndicator content = indicator.withCode(code).validated();
        refuseNameTaken(content, code);
        if (content.sameContent(entry.indicator())) {
            return entry;
        }
        return changed(actor, repository.addVersion(entry, content, entry.status(), EntryChange.EDITED,
                actor.username(), Instant.now(), note(note)));
    }

    @Transactional
    public LibraryEntry retire(Actor actor, String code, String note) {
        requireCurator(actor);
        LibraryEntry entry = existing(code);
        if (entry.status() != EntryStatus.ACTIVE) {
            throw new LibraryConflictException("只有在用的指标可以停用，指标 " + code + " 的状态是“" + entry.status().label() + "”");
        }
        return changed(actor, repository.addVersion(entry, entry.indicator(), EntryStatus.RETIRED, EntryChange.RETIRED,
                actor.username(), Instant.now(), note(note)));
    }

    @Transactional
    public LibraryEntry reinstate(Actor actor, String code, String note) {
        requireCurator(actor);
        LibraryEntry entry = existing(code);
        if (entry.status() != EntryStatus.RETIRED) {
            throw new LibraryConflictException("指标 " + code + " 没有停用");
        }
        refuseNameTaken(entry.indicator(), code);
        return changed(actor, repository.addVersion(entry, entry.indicator(), EntryStatus.ACTIVE,
                EntryChange.REINSTATED, actor.username(), Instant.now(), note(note)));
    }

    /** A unit's proposal of a new indicator, waiting for a finance reviewer of its region. */
    @Transactional
    public LibraryEntry propose(Actor actor, LibraryIndicator indicator, String note) {
        if (!LibraryPermissions.canPropose(actor)) {
            throw new NotPermittedException("只有单位填报人和项目负责人可以提议新增指标");
        }
        Unit unit = evaluations.unit(actor.unitId()).orElseThrow(() -> new NotPermittedException("您的账号没有所属单位"));
        LibraryIndicator coded = withNewCode(indicator.withCode(null).validated());
        refuseNameTaken(coded, null);
        return changed(actor, repository.insert(coded, EntryStatus.PROPOSED, EntryChange.PROPOSED, unit.id(),
                unit.region(), actor.username(), Instant.now(), note(note)));
    }

    /** The proposals the actor may see: their unit's, their region's, or all for an administrator. */
    public List<LibraryEntry> proposals(Actor actor) {
        return repository.all(List.of(EntryStatus.PROPOSED, EntryStatus.REJECTED)).stream()
                .filter(e -> LibraryPermissions.canSee(actor, e))
                .sorted(Comparator.comparing(LibraryEntry::status).thenComparing(LibraryEntry::updatedAt,
                        Comparator.reverseOrder()))
                .toList();
    }

    @Transactional
    public LibraryEntry approve(Actor actor, String code, String note) {
        LibraryEntry entry = decidable(actor, code);
        refuseNameTaken(entry.indicator(), code);
        return changed(actor, repository.addVersion(entry, entry.indicator(), EntryStatus.ACTIVE, EntryChange.APPROVED,
                actor.username(), Instant.now(), note(note)));
    }

    @Transactional
    public LibraryEntry reject(Actor actor, String code, String reason) {
        LibraryEntry entry = decidable(actor, code);
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("请写明不通过的理由，以便单位修改后重新提议");
        }
        return changed(actor, repository.addVersion(entry, entry.indicator(), EntryStatus.REJECTED,
                EntryChange.REJECTED, actor.username(), Instant.now(), note(reason)));
    }

    /** The entries in use and the retired ones, for export. */
    public List<LibraryEntry> exportable() {
        return repository.all(PUBLISHED);
    }

    public byte[] exportJson(Actor actor) {
        requireCurator(actor);
        return LibraryFiles.json(exportable());
    }

    public byte[] exportXlsx(Actor actor) {
        requireCurator(actor);
        return LibraryFiles.xlsx(exportable());
    }

    /** Imports a .json or .xlsx file as the export writes it: all entries or, where one is refused, none. */
    @Transactional
    public ImportResult importFile(Actor actor, String fileName, byte[] bytes) {
        requireCurator(actor);
        return importEntries(actor.username(), LibraryFiles.read(fileName, bytes), EntryChange.IMPORTED);
    }

    /**
     * Stores the entries: a new entry for a code not seen (or no code), a new version where the content or the
     * status differs, nothing where they are the same. Names must stay unique among the entries in use.
     */
    @Transactional
    ImportResult importEntries(String actor, List<FileEntry> entries, EntryChange change) {
        List<LibraryIndicator> checked = new ArrayList<>();
        Map<String, String> codes = new HashMap<>();
        for (int n = 0; n < entries.size(); n++) {
            FileEntry entry = entries.get(n);
            String where = "第 " + (n + 1) + " 个指标";
            LibraryIndicator indicator;
            try {
                indicator = entry.indicator().validated();
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + "：" + e.getMessage());
            }
            if (entry.statusOrActive() != EntryStatus.ACTIVE && entry.statusOrActive() != EntryStatus.RETIRED) {
                throw new IllegalArgumentException(where + "（" + indicator.name() + "）：只能导入在用或已停用的指标");
            }
            if (indicator.code() != null && codes.put(indicator.code(), indicator.name()) != null) {
                throw new IllegalArgumentException(where + "：编码 " + indicator.code() + " 在文件中出现了两次");
            }
            checked.add(indicator);
        }
        refuseNamesTakenAfterImport(checked, entries);
        List<String> created = new ArrayList<>();
        List<String> updated = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        Instant now = Instant.now();
        for (int n = 0; n < checked.size(); n++) {
            LibraryIndicator indicator = checked.get(n);
            EntryStatus status = entries.get(n).statusOrActive();
            LibraryEntry existing = indicator.code() == null ? null : repository.find(indicator.code()).orElse(null);
            if (existing == null) {
                LibraryIndicator coded = indicator.code() == null ? withNewCode(indicator) : indicator;
                repository.insert(coded, status, change, null, null, actor, now, null);
                created.add(coded.code());
            } else if (existing.status() == EntryStatus.PROPOSED || existing.status() == EntryStatus.REJECTED) {
                throw new IllegalArgumentException("编码 " + existing.code() + " 是单位的提议，不能用导入覆盖");
            } else if (existing.indicator().sameContent(indicator) && existing.status() == status) {
                unchanged.add(existing.code());
            } else {
                repository.addVersion(existing, indicator, status, change, actor, now, null);
                updated.add(existing.code());
            }
        }
        if (!created.isEmpty() || !updated.isEmpty()) {
            events.publishEvent(new LibraryChanged(actor));
        }
        return new ImportResult(created, updated, unchanged);
    }

    private LibraryEntry decidable(Actor actor, String code) {
        LibraryEntry entry = repository.find(code).orElseThrow(() -> new LibraryEntryNotFoundException(code));
        if (!LibraryPermissions.canSee(actor, entry)) {
            throw new LibraryEntryNotFoundException(code);
        }
        if (!LibraryPermissions.canDecide(actor, entry)) {
            throw new NotPermittedException(entry.status() != EntryStatus.PROPOSED
                    ? "指标 " + code + " 不是待审核的提议" : "只有提议单位所在行政区划的财政审核人可以审核该提议");
        }
        return entry;
    }

    private LibraryEntry existing(String code) {
        return repository.find(code).orElseThrow(() -> new LibraryEntryNotFoundException(code));
    }

    private LibraryEntry changed(Actor actor, LibraryEntry entry) {
        events.publishEvent(new LibraryChanged(actor.username()));
        return entry;
    }

    private static void requireCurator(Actor actor) {
        if (!LibraryPermissions.canCurate(actor)) {
            throw new NotPermittedException("只有管理员可以维护指标库");
        }
    }

    /** The next free code of the indicator's kind: DA-015 after DA-014. */
    private LibraryIndicator withNewCode(LibraryIndicator indicator) {
        String prefix = indicator.kind().prefix();
        int highest = 0;
        for (String code : repository.codes(prefix)) {
            try {
                highest = Math.max(highest, Integer.parseInt(code.substring(prefix.length() + 1)));
            } catch (NumberFormatException e) {
                // a code of another pattern under the same prefix: not numbered
            }
        }
        return indicator.withCode(String.format("%s-%03d", prefix, highest + 1));
    }

    /** Refuses a name or alias that an entry in use or proposed (other than {@code code}) is known by. */
    private void refuseNameTaken(LibraryIndicator indicator, String code) {
        Map<String, LibraryEntry> taken = new HashMap<>();
        for (LibraryEntry entry : repository.all(List.of(EntryStatus.ACTIVE, EntryStatus.PROPOSED))) {
            if (!entry.code().equals(code)) {
                entry.indicator().names().forEach(n -> taken.putIfAbsent(IndicatorNames.normalize(n), entry));
            }
        }
        for (String name : indicator.names()) {
            LibraryEntry other = taken.get(IndicatorNames.normalize(name));
            if (other != null) {
                throw new IllegalArgumentException("指标库中已有" + (other.status() == EntryStatus.PROPOSED ? "待审核的" : "")
                        + "同名指标 " + other.code() + "“" + other.name() + "”，请直接选用或换一个更具体的名称");
            }
        }
    }

    /** After the import, no two entries in use may be known by the same name. */
    private void refuseNamesTakenAfterImport(List<LibraryIndicator> imported, List<FileEntry> entries) {
        Map<String, String> owner = new HashMap<>();
        Set<String> importedCodes = new HashSet<>();
        imported.forEach(i -> importedCodes.add(i.code()));
        for (LibraryEntry entry : repository.all(List.of(EntryStatus.ACTIVE, EntryStatus.PROPOSED))) {
            if (!importedCodes.contains(entry.code())) {
                entry.indicator().names().forEach(n -> owner.putIfAbsent(IndicatorNames.normalize(n),
                        entry.code() + "“" + entry.name() + "”"));
            }
        }
        for (int n = 0; n < imported.size(); n++) {
            if (entries.get(n).statusOrActive() != EntryStatus.ACTIVE) {
                continue;
            }
            LibraryIndicator indicator = imported.get(n);
            String self = (indicator.code() == null ? "" : indicator.code()) + "“" + indicator.name() + "”";
            for (String name : indicator.names()) {
                String other = owner.putIfAbsent(IndicatorNames.normalize(name), self);
                if (other != null && !other.equals(self)) {
                    throw new IllegalArgumentException("第 " + (n + 1) + " 个指标“" + indicator.name() + "”的名称“" + name
                            + "”与指标 " + other + " 重复");
                }
            }
        }
    }

    private static String note(String note) {
        if (note == null || note.isBlank()) {
            return null;
        }
        if (note.strip().length() > 2000) {
            throw new IllegalArgumentException("说明不能超过 2000 字");
        }
        return note.strip();
    }
}
