-- CreateTable
CREATE TABLE "DatasetVersion" (
    "version" TEXT NOT NULL PRIMARY KEY,
    "releasedAt" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "importedAt" DATETIME NOT NULL,
    "isCurrent" BOOLEAN NOT NULL DEFAULT false
);

-- CreateTable
CREATE TABLE "Source" (
    "slug" TEXT NOT NULL PRIMARY KEY,
    "title" TEXT NOT NULL,
    "alternativeTitle" TEXT,
    "authors" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "published" TEXT NOT NULL,
    "arxivId" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "replicationDoi" TEXT,
    "videosAnalysed" INTEGER,
    "shareDenominator" INTEGER,
    "role" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "Phase" (
    "slug" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "summary" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "Theme" (
    "slug" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "videoCount" INTEGER NOT NULL,
    "sharePercent" REAL NOT NULL,
    "shareDenominator" INTEGER NOT NULL,
    "section" TEXT NOT NULL,
    "summary" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "Topic" (
    "slug" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "themeSlug" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "videoCount" INTEGER NOT NULL,
    "sharePercent" REAL NOT NULL,
    "shareDenominator" INTEGER NOT NULL,
    "section" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    CONSTRAINT "Topic_themeSlug_fkey" FOREIGN KEY ("themeSlug") REFERENCES "Theme" ("slug") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "TopicPhase" (
    "topicSlug" TEXT NOT NULL,
    "phaseSlug" TEXT NOT NULL,
    "rationale" TEXT NOT NULL,

    PRIMARY KEY ("topicSlug", "phaseSlug"),
    CONSTRAINT "TopicPhase_topicSlug_fkey" FOREIGN KEY ("topicSlug") REFERENCES "Topic" ("slug") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "TopicPhase_phaseSlug_fkey" FOREIGN KEY ("phaseSlug") REFERENCES "Phase" ("slug") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SlugAlias" (
    "kind" TEXT NOT NULL,
    "alias" TEXT NOT NULL,
    "targetSlug" TEXT NOT NULL,

    PRIMARY KEY ("kind", "alias")
);

-- CreateTable
CREATE TABLE "Video" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "number" INTEGER NOT NULL,
    "title" TEXT,
    "url" TEXT,
    "channel" TEXT
);

-- CreateTable
CREATE TABLE "Quote" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "topicSlug" TEXT NOT NULL,
    "videoId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    CONSTRAINT "Quote_topicSlug_fkey" FOREIGN KEY ("topicSlug") REFERENCES "Topic" ("slug") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Quote_videoId_fkey" FOREIGN KEY ("videoId") REFERENCES "Video" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "VideoTopic" (
    "videoId" TEXT NOT NULL,
    "topicSlug" TEXT NOT NULL,

    PRIMARY KEY ("videoId", "topicSlug"),
    CONSTRAINT "VideoTopic_videoId_fkey" FOREIGN KEY ("videoId") REFERENCES "Video" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "VideoTopic_topicSlug_fkey" FOREIGN KEY ("topicSlug") REFERENCES "Topic" ("slug") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "TopicPair" (
    "topicA" TEXT NOT NULL,
    "topicB" TEXT NOT NULL,
    "count" INTEGER,
    "provenance" TEXT NOT NULL,
    "evidence" TEXT,
    "note" TEXT,

    PRIMARY KEY ("topicA", "topicB"),
    CONSTRAINT "TopicPair_topicA_fkey" FOREIGN KEY ("topicA") REFERENCES "Topic" ("slug") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "TopicPair_topicB_fkey" FOREIGN KEY ("topicB") REFERENCES "Topic" ("slug") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "Topic_themeSlug_idx" ON "Topic"("themeSlug");

-- CreateIndex
CREATE INDEX "TopicPhase_phaseSlug_idx" ON "TopicPhase"("phaseSlug");

-- CreateIndex
CREATE UNIQUE INDEX "Video_number_key" ON "Video"("number");

-- CreateIndex
CREATE INDEX "Quote_topicSlug_idx" ON "Quote"("topicSlug");

-- CreateIndex
CREATE INDEX "Quote_videoId_idx" ON "Quote"("videoId");

-- CreateIndex
CREATE INDEX "VideoTopic_topicSlug_idx" ON "VideoTopic"("topicSlug");

-- CreateIndex
CREATE INDEX "TopicPair_topicB_idx" ON "TopicPair"("topicB");
