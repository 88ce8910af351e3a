-- CreateTable
CREATE TABLE "LayerWriteRate" (
    "clientKey" TEXT NOT NULL,
    "bucket" INTEGER NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "LayerWriteRate_pkey" PRIMARY KEY ("clientKey","bucket")
);

-- CreateTable
CREATE TABLE "ServerSecret" (
    "name" TEXT NOT NULL,
    "value" TEXT NOT NULL,

    CONSTRAINT "ServerSecret_pkey" PRIMARY KEY ("name")
);
