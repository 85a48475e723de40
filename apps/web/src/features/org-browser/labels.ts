/** Chinese labels for org facts, in one place for every screen. */
export const LEVEL_LABELS: Record<string, string> = {
  province: '省级',
  city: '市级',
  county: '县级',
  township: '乡镇级',
};
export const KIND_LABELS: Record<string, string> = {
  government: '人民政府',
  office: '政府办公室',
  department: '政府部门',
  section: '科室',
  zone: '功能区',
};
