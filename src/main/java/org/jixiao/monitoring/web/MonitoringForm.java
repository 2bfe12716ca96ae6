package org.jixiao.monitoring.web;

import java.util.ArrayList;
import java.util.List;

/** A month's monitoring report as the browser posts it. */
public class MonitoringForm {

    private int month;
    private List<Task> tasks = new ArrayList<>();

    public int getMonth() {
        return month;
    }

    public void setMonth(int month) {
        this.month = month;
    }

    public List<Task> getTasks() {
        return tasks;
    }

    public void setTasks(List<Task> tasks) {
        this.tasks = tasks;
    }

    public static class Task {
        private String name;
        private String executed;
        private String note;
        private List<Progress> indicators = new ArrayList<>();

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getExecuted() {
            return executed;
        }

        public void setExecuted(String executed) {
            this.executed = executed;
        }

        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = note;
        }

        public List<Progress> getIndicators() {
            return indicators;
        }

        public void setIndicators(List<Progress> indicators) {
            this.indicators = indicators;
        }
    }

    public static class Progress {
        private String name;
        private String progress;
        /** "true", "false" or "". */
        private String onTrack;
        private String note;

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getProgress() {
            return progress;
        }

        public void setProgress(String progress) {
            this.progress = progress;
        }

        public String getOnTrack() {
            return onTrack;
        }

        public void setOnTrack(String onTrack) {
            this.onTrack = onTrack;
        }

        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = note;
        }
    }
}
