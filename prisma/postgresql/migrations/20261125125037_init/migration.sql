-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "DatasetVersion" (
    "version" TEXT NOT NULL,
    "releasedAt" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "importedAt" TIMESTAMP(3) NOT NULL,
    "isCurrent" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "DatasetVersion_pkey" PRIMARY KEY ("version")
);

-- CreateTable
CREATE TABLE "Source" (
    "slug" TEXT NOT NULL,
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
    "role" TEXT NOT NULL,

    CONSTRAINT "Source_pkey" PRIMARY KEY ("slug")
);

-- CreateTable
CREATE TABLE "Phase" (
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "summary" TEXT NOT NULL,

    CONSTRAINT "Phase_pkey" PRIMARY KEY ("slug")
);

-- CreateTable
CREATE TABLE "Theme" (
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "videoCount" INTEGER NOT NULL,
    "sharePercent" DOUBLE PRECISION NOT NULL,
    "shareDenominator" INTEGER NOT NULL,
    "section" TEXT NOT NULL,
    "summary" TEXT NOT NULL,

    CONSTRAINT "Theme_pkey" PRIMARY KEY ("slug")
);

-- CreateTable
CREATE TABLE "Topic" (
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "themeSlug" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "videoCount" INTEGER NOT NULL,
    "sharePercent" DOUBLE PRECISION NOT NULL,
    "shareDenominator" INTEGER NOT NULL,
    "section" TEXT NOT NULL,
    "summary" TEXT NOT NULL,

    CONSTRAINT "Topic_pkey" PRIMARY KEY ("slug")
);

-- CreateTable
CREATE TABLE "TopicPhase" (
    "topicSlug" TEXT NOT NULL,
    "phaseSlug" TEXT NOT NULL,
    "rationale" TEXT NOT NULL,

    CONSTRAINT "TopicPhase_pkey" PRIMARY KEY ("topicSlug","phaseSlug")
);

-- CreateTable
CREATE TABLE "SlugAlias" (
    "kind" TEXT NOT NULL,
    "alias" TEXT NOT NULL,
    "targetSlug" TEXT NOT NULL,

    CONSTRAINT "SlugAlias_pkey" PRIMARY KEY ("kind","alias")
);

-- CreateTable
CREATE TABLE "Video" (
    "id" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "title" TEXT,
    "url" TEXT,
    "channel" TEXT,

    CONSTRAINT "Video_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Quote" (
    "id" TEXT NOT NULL,
    "topicSlug" TEXT NOT NULL,
    "videoId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,

    CONSTRAINT "Quote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VideoTopic" (
    "videoId" TEXT NOT NULL,
    "topicSlug" TEXT NOT NULL,

    CONSTRAINT "VideoTopic_pkey" PRIMARY KEY ("videoId","topicSlug")
);

-- CreateTable
CREATE TABLE "TopicPair" (
    "topicA" TEXT NOT NULL,
    "topicB" TEXT NOT NULL,
    "count" INTEGER,
    "provenance" TEXT NOT NULL,
    "evidence" TEXT,
    "note" TEXT,

    CONSTRAINT "TopicPair_pkey" PRIMARY KEY ("topicA","topicB")
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

-- AddForeignKey
ALTER TABLE "Topic" ADD CONSTRAINT "Topic_themeSlug_fkey" FOREIGN KEY ("themeSlug") REFERENCES "Theme"("slug") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TopicPhase" ADD CONSTRAINT "TopicPhase_topicSlug_fkey" FOREIGN KEY ("topicSlug") REFERENCES "Topic"("slug") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TopicPhase" ADD CONSTRAINT "TopicPhase_phaseSlug_fkey" FOREIGN KEY ("phaseSlug") REFERENCES "Phase"("slug") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Quote" ADD CONSTRAINT "Quote_topicSlug_fkey" FOREIGN KEY ("topicSlug") REFERENCES "Topic"("slug") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Quote" ADD CONSTRAINT "Quote_videoId_fkey" FOREIGN KEY ("videoId") REFERENCES "Video"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VideoTopic" ADD CONSTRAINT "VideoTopic_videoId_fkey" FOREIGN KEY ("videoId") REFERENCES "Video"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VideoTopic" ADD CONSTRAINT "VideoTopic_topicSlug_fkey" FOREIGN KEY ("topicSlug") REFERENCES "Topic"("slug") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TopicPair" ADD CONSTRAINT "TopicPair_topicA_fkey" FOREIGN KEY ("topicA") REFERENCES "Topic"("slug") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TopicPair" ADD CONSTRAINT "TopicPair_topicB_fkey" FOREIGN KEY ("topicB") REFERENCES "Topic"("slug") ON DELETE CASCADE ON UPDATE CASCADE;

