-- CreateTable
CREATE TABLE "GuideSource" (
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "frontMatterDate" TEXT,
    "note" TEXT NOT NULL,
    "role" TEXT NOT NULL,

    CONSTRAINT "GuideSource_pkey" PRIMARY KEY ("slug")
);

-- CreateTable
CREATE TABLE "Consideration" (
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "sourceSlug" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "unmappedNote" TEXT,

    CONSTRAINT "Consideration_pkey" PRIMARY KEY ("slug")
);

-- CreateTable
CREATE TABLE "ConsiderationTopic" (
    "considerationSlug" TEXT NOT NULL,
    "topicSlug" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "rationale" TEXT NOT NULL,

    CONSTRAINT "ConsiderationTopic_pkey" PRIMARY KEY ("considerationSlug","topicSlug")
);

-- CreateIndex
CREATE INDEX "Consideration_sourceSlug_idx" ON "Consideration"("sourceSlug");

-- CreateIndex
CREATE INDEX "ConsiderationTopic_topicSlug_idx" ON "ConsiderationTopic"("topicSlug");

-- AddForeignKey
ALTER TABLE "Consideration" ADD CONSTRAINT "Consideration_sourceSlug_fkey" FOREIGN KEY ("sourceSlug") REFERENCES "GuideSource"("slug") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsiderationTopic" ADD CONSTRAINT "ConsiderationTopic_considerationSlug_fkey" FOREIGN KEY ("considerationSlug") REFERENCES "Consideration"("slug") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsiderationTopic" ADD CONSTRAINT "ConsiderationTopic_topicSlug_fkey" FOREIGN KEY ("topicSlug") REFERENCES "Topic"("slug") ON DELETE CASCADE ON UPDATE CASCADE;
