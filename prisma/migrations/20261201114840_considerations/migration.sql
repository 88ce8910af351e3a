-- CreateTable
CREATE TABLE "GuideSource" (
    "slug" TEXT NOT NULL PRIMARY KEY,
    "title" TEXT NOT NULL,
    "frontMatterDate" TEXT,
    "note" TEXT NOT NULL,
    "role" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "Consideration" (
    "slug" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "sourceSlug" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "unmappedNote" TEXT,
    CONSTRAINT "Consideration_sourceSlug_fkey" FOREIGN KEY ("sourceSlug") REFERENCES "GuideSource" ("slug") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ConsiderationTopic" (
    "considerationSlug" TEXT NOT NULL,
    "topicSlug" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "rationale" TEXT NOT NULL,

    PRIMARY KEY ("considerationSlug", "topicSlug"),
    CONSTRAINT "ConsiderationTopic_considerationSlug_fkey" FOREIGN KEY ("considerationSlug") REFERENCES "Consideration" ("slug") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ConsiderationTopic_topicSlug_fkey" FOREIGN KEY ("topicSlug") REFERENCES "Topic" ("slug") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "Consideration_sourceSlug_idx" ON "Consideration"("sourceSlug");

-- CreateIndex
CREATE INDEX "ConsiderationTopic_topicSlug_idx" ON "ConsiderationTopic"("topicSlug");
