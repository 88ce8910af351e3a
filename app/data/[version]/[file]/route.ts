export { GET } from "@/lib/api/data-route";
