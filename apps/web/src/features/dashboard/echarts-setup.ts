import { BarChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

// Only what the dashboard draws, so the lazily loaded chunk stays small.
echarts.use([BarChart, GridComponent, TooltipComponent, SVGRenderer]);

export { echarts };
