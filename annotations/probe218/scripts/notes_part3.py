"""probe218 corpus notes, B15-B20 (rapid response / code team events and the clinics around them; all invented)."""

B15 = {"patient_id": "B15", "age": 38, "sex": "M", "notes": [
("2024-01-19", "Rapid Response Team Note - Behavioral", """
RRT / BEHAVIORAL RESPONSE   01/19/2024 23:05   8 North 809

Called for: pt pulling at HD catheter, swinging at staff, yelling
23:05 security + RRT at bedside; verbal de-escalation x 10 min unsuccessful
23:16 haloperidol 5 mg + lorazepam 2 mg IM, given in the L buttock, upper-outer quadrant
      (holding pt on R side, 3 staff)
23:30 calmer, sleeping; RR 16, SpO2 97% RA, HR 88, BP 142/86
23:40 BG 104, Na 134, NH3 pending; uremic? last HD 2 days ago (missed)

38M ESRD - dialyzes via a R IJ tunneled line. Nondiabetic, BMI 22.4. Not anticoagulated.
Imp: agitation, likely uremic encephalopathy + substance withdrawal (EtOH?)
Plan: 1:1 sitter, HD in AM, CIWA, psych eval once sober.
"""),
("2024-02-02", "Dermatology Consult", """
Derm consult  2/2/24

38M, ESRD on HD, readmitted. Painful firm lump of the L buttock x 10 days, purple mottling
spreading around it. Recalls an IM shot there during a rough night last month.

On exam the L buttock, upper outer area, has a 5x4cm deep tender nodule; livedo over it; 1cm
dusky center; no fluctuance. R buttock, thighs, abdomen clear.
PTH 1,140, Ca x P 78.

A: fat necrosis at the injection site? sterile abscess? early calciphylaxis? Can't rule
calciphylaxis out with his ESRD and these labs.
P: offered deep incisional bx - he said no for today, "let me sleep on it." US of buttock
ordered to look for a collection.
"""),
("2024-02-06", "Nephrology Progress Note", """
Renal 2/6/24

S: L buttock still sore. Refused the ultrasound this morning.
O: BP 150/90, wt 66 kg. L buttock nodule same size, livedo unchanged.
Ca 10.0, Phos 7.8.

Assessment/plan
- ESRD, HD: missed 3 of last 6 runs. Discussed risks again.
- L buttock nodule at prior IM injection site: possible calciphylaxis, still not biopsied;
  pt declines bx, says he'll decide outpatient.
- started cinacalcet, binder reinforced; no STS without a diagnosis for now
- he left AMA at 15:20 before derm could re-approach
"""),
]}

B16 = {"patient_id": "B16", "age": 81, "sex": "F", "notes": [
("2022-03-09", "Rapid Response Team Note", """
RRT 03/09/22 19:55 - Med 3 West rm 3114
Reason: SBP 82, less responsive than baseline

VS: BP 82/48, HR 94, RR 18, SpO2 94% 2 L, T 36.6, BG 212
Given NS 250 mL -> BP 104/58
Hgb 9.1 (stable), lactate 1.6, INR 3.1

81F, ESRD - opted for conservative (non-dialytic) care. DM2, uses insulin.
Takes warfarin for AF, INR high; bridging enoxaparin SC into lower abdomen since 3/2.
RN shows us dusky, net-patterned purple patches over the lower abdomen, clustered at the
enoxaparin injection sites, first seen 3/7.

Imp: hypotension, likely over-diuresis; abdominal skin changes unclear.
Plan: hold furosemide, hold warfarin tonight, derm consult, primary aware (Dr Kwan).
"""),
("2022-03-10", "Dermatology Consult", """
Derm consult 3/10/22

Lower abdomen: several 3-6 cm retiform purpuric patches with early central necrosis, all
around the enoxaparin injection sites; began 3/7 per nursing.
Obesity (BMI 32.0). ESRD, not dialyzed by choice. On warfarin and enoxaparin.

DDx:
1. calciphylaxis - ESRD, warfarin, obesity, injection sites; cannot exclude
2. warfarin-induced skin necrosis (recent dose increase)
3. necrosis from heparin itself or HIT - PF4 sent

Rec: incisional bx to sort this out; stop enoxaparin pending PF4; argatroban if HIT.
Photos taken and uploaded to the chart. Will return tomorrow after talking with family.
"""),
("2022-03-14", "Palliative Care Note", """
Palliative care 3/14/2022

Met with pt's son and daughter (HCP). Pt somnolent, comfortable on low-dose hydromorphone.
PF4 negative. Family declined skin biopsy: "we don't want more procedures."
Team explained that the abdominal skin lesions may be calciphylaxis or a warfarin-related
reaction and that without a biopsy we will not know which.

Decisions: DNR/DNI, comfort-focused care, stop warfarin and insulin checks except
for symptoms, no dialysis (consistent with her prior choice).
Plan: hospice referral (inpatient unit), wound care for comfort only (nonadherent pads,
no debridement). Chaplain visit requested by daughter. Will follow daily until transfer.
"""),
]}

B17 = {"patient_id": "B17", "age": 57, "sex": "M", "notes": [
("2025-07-05", "Rapid Response Team Note", """
RRT  7/5/25  00:40   Obs unit bed 11

57M admitted last evening after collapsing in the heat at the 4th of July fireworks.
Called for T 40.9 C, confused, HR 132.

00:42 BP 96/54, RR 28, SpO2 95% RA, BG 164
00:45 ice packs to both groins and both axillae, cooling blanket, fans + mist
00:50 NS 500 mL (PD pt - cautious), blood cultures x2
01:20 T 38.7, more alert
01:40 CK 4,800, Cr at baseline for him (ESRD)
Packs off at 02:00, T 38.0.

Hx: ESRD - CAPD; insulin-treated DM2; BMI 29.0.
Imp: exertional heat illness, r/o sepsis. To ICU for overnight monitoring.
"""),
("2025-07-22", "Dermatology Consult", """
Dermatology 07/22/2025

57M, PD-dependent ESRD, diabetic on insulin. Painful firm red-violet areas in both groins, began about
a week ago. Had ice packs to the groins on 7/5 for heat stroke.

Exam: bilateral inguinal folds - indurated plaques 4-6 cm with livedo at the margins,
deep tender nodules; no eschar, no ulcer.
PTH 930 / PO4 7.2 / serum Ca 9.9.

A: cold panniculitis vs possible early calciphylaxis.
P: 4 mm punch bx L groin today. No more ice to the groins. Ibuprofen avoided (PD, residual
function). See again in 2 weeks with path.
"""),
("2025-08-05", "Peritoneal Dialysis Clinic Note", """
PD clinic 8/5/2025

Punch bx 7/22 (L groin): mixed septal/lobular panniculitis; sample shallow, no calcified
vessels in it - nondiagnostic for calciphylaxis.
Groins: plaques a bit softer, livedo fading, pain 4/10.
Derm still lists calciphylaxis as possible; a deep incisional bx was offered and he
declined. He moves out of state (Tucson, sister's home) next week; records faxed.

CAPD 4 x 2 L, Kt/V 1.7. BMI 29.0.
Plan: cinacalcet, binder adherence, avoid ice to skin, new PD unit to repeat PTH.
Copy of path report given to pt to hand to the Tucson dermatologist.
"""),
]}

B18 = {"patient_id": "B18", "age": 69, "sex": "F", "notes": [
("2020-02-11", "Rapid Response Team Note", """
RRT 2/11/2020 17:35 - Cardiac stepdown 2W-18
Called for: SBP 80s, 3 hrs post LHC (R femoral arterial access)

VS: BP 84/50, HR 104, RR 20, SpO2 96% 2 L
R groin: 5 cm firm hematoma at access site, distal pulses dopplerable
17:40 manual pressure 20 min, NS 500 mL
17:55 BP 110/62, hematoma not expanding
18:10 Hgb 10.2 (11.0 pre-cath)

69F: ESRD/HD; DM2 controlled by diet; BMI 26.7; no warfarin.
Cath: 80% LAD lesion, PCI deferred.
Plan: flat bedrest x4h, check groin q15min, CT if Hgb drops.
"""),
("2020-02-25", "Dermatology Consult", """
Derm consult 2/25/20

Blue, painful toes on both feet for a week, lacy purple mottling over both soles and ankles.
ESRD on HD, recent cardiac cath (2/11).

Exam: bilat feet - livedo racemosa of soles, cyanotic 2nd-4th toes, two small necrotic
tips (R 3rd, L 2nd toe). Pulses doppler. Eos 9%.

A: ?calciphylaxis vs cholesterol emboli after cath.
P: punch bx L lateral foot, ESR, complement. Warm socks; heating pad not allowed.
Hold off on any further femoral access. Podiatry aware. Will call with path in ~1 week.
"""),
("2020-03-03", "Nephrology Progress Note", """
Renal 3/3/2020

Bx 2/25: cholesterol clefts in small dermal arterioles, no calcification, no thrombosis of
calciphylaxis type. C3 low, eos 9%.
Dx: atheroembolic disease of both feet after cardiac cath. Calciphylaxis ruled out.

ESRD on HD MWF, BMI 26.7. DM2 (diet alone, never insulin). No warfarin.
Toes: R 3rd and L 2nd tips dry, demarcating; no infection.
Plan: statin high dose, foot care, podiatry, no further vascular procedures if avoidable.
Pain: gabapentin 100 post-dialysis. Recheck eos and C3 in 2 wks. Cards informed of the dx.
"""),
]}

B19 = {"patient_id": "B19", "age": 50, "sex": "M", "notes": [
("2024-10-31", "Rapid Response Team Note", """
RRT 10/31/24 (Halloween) 13:05 - 5 East 520
Called for: peaked T waves on tele, K 7.0

13:07 CaGluc 2 g IV, insulin 10 u IV + D50, albuterol 10 mg neb
13:20 repeat K 6.3, T waves narrowing
13:30 renal paged - emergent HD this afternoon

VS: BP 168/94, HR 62, RR 16, SpO2 98% RA
50M ESRD (HD via L forearm fistula); nondiabetic; BMI 24.8, not on warfarin.
Ate a lot of Halloween candy/chocolate + missed Tues HD.
Pt anxious - his sister passed away from calciphylaxis (2019); he keeps asking whether he'll
"get the skin thing" too. Skin intact; looked at trunk and legs, nothing there.
"""),
("2024-11-04", "Nephrology Progress Note", """
Nephrology 11/4/24

50M, ESRD on HD. Post-hyperkalemia, K 4.9 today.
FHx: sister with calciphylaxis, died 2019.
Full skin check today at pt request: nothing - no purpura, nodules or ulcers. No calciphylaxis.
Ca 9.1 / PO4 5.8 / PTH 410. BMI 24.8.

Plan: low K diet refresher with the unit dietitian, adherence plan signed, Ca-free binder,
no changes to HD Rx. Pt reassured; told to show us any new painful skin spot early.
Social work to help with rides so he stops missing Tuesday runs.
"""),
]}

B20 = {"patient_id": "B20", "age": 61, "sex": "F", "notes": [
("2021-07-05", "Rapid Response Team Note", """
RRT 07/05/2021 09:15 - 6 West 611
Called for: HR 150s irregular, palpitations, mild SOB

VS: BP 118/72, HR 154 AF w/ RVR, RR 22, SpO2 94% RA
09:18 diltiazem 10 mg IV -> HR 110
09:30 dilt 10 mg again -> HR 92
09:40 12-lead: AF, no ischemic changes. Trop neg x1

61F, ESRD (PD), insulin-using DM2, obesity BMI 31.9. New-onset AF, no prior episodes.
TSH, Mg, K 3.9 sent. CXR clear.
Plan: dilt PO 30 q6h, echo, anticoag decision to renal/cards, tele.
"""),
("2021-07-08", "Nephrology Progress Note", """
Nephrology 7/8/21

61F on CCPD, DM2 on insulin, BMI 31.9. New AF (7/5).
Anticoagulation: CHA2DS2-VASc 4. We talked through why warfarin is a poor fit for someone on
dialysis - it can promote calciphylaxis and arterial calcification - and picked apixaban
2.5 BID instead. No warfarin.
Skin exam: no lesions, no purpura, no calciphylaxis.
Echo pending. TSH normal. HR 70s on diltiazem. Euvolemic, exit site clean, effluent clear.
Pt relieved; she had read about the skin complication online and asked good questions.

Plan: apixaban, dilt ER 180 daily, echo Friday, continue CCPD with the same prescription,
A1c and lipids at next clinic visit.
"""),
]}

PATIENTS = [B15, B16, B17, B18, B19, B20]
