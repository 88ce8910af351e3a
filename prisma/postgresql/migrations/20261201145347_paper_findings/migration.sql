-- AlterTable
ALTER TABLE "Theme" ADD COLUMN     "origin" TEXT NOT NULL DEFAULT 'not-classified',
ADD COLUMN     "originEvidence" TEXT;

-- AlterTable
ALTER TABLE "TopicPair" ADD COLUMN     "kind" TEXT;

-- CreateTable
CREATE TABLE "Finding" (
    "slug" TEXT NOT NULL,
    "group" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "section" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "evidence" TEXT NOT NULL,
    "topics" TEXT NOT NULL DEFAULT '[]',

    CONSTRAINT "Finding_pkey" PRIMARY KEY ("slug")
);
