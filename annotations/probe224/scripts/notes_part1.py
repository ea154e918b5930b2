"""probe224 corpus notes, B01-B07 (nursing care plans and the clinics around them; all invented)."""

B01 = {"patient_id": "B01", "age": 67, "sex": "F", "notes": [
("2023-03-07", "Nursing Care Plan", """
NURSING CARE PLAN -- 6 West Med/Surg, Larkspur Valley Hosp
Adm 03/05/2023 w/ RLL pneumonia. Pt is a 67 yo woman; kidneys failed 2019, HD Mon/Wed/Fri
chair 0600 (R IJ TDC);
DM2 on glargine + lispro correction scale; HTN. Ht 157 cm / Wt 81.6 kg => BMI 33.1.

NDx #1 Ineffective airway clearance (00031) r/t thick secretions AEB coarse crackles RLL,
weak cough.
  Goal: SpO2 >=92% on 2L NC and productive cough by 3/9.
  Interv: IS q1h while awake, HOB 30 deg or higher, chest PT BID, sputum cx sent.
NDx #2 Risk for bleeding (00206) r/t anticoagulant given for clot prevention.
  Lovenox 30mg subQ daily (renal dose) -- dose #1 was 3/6/23, into abd;
  rotate per MAR body map. Watch plts, gums, stool guaiac.
NDx #3 Risk for unstable blood glucose (00179) r/t infection.
  FSBG AC/HS, hypoglycemia protocol posted.

Shift eval 1900: Tmax 38.1 -> 37.4 after APAP. RR 22, SpO2 93% 2L.
Pt demonstrates IS, reaches 750 mL. All goals in progress.
"""),
("2023-03-24", "Nursing Shift Evaluation", """
Day shift eval 0700-1930 / 6W rm 614
During AM bath pt guarded her R lower belly - "don't touch there, it feels like a burn."
Assessed: RLQ abdomen approx 5x3cm net-like purple patch w/ 1.5cm black center,
firm, exquisitely tender 9/10, no warmth, no drainage. Skin check at 2200 on 3/23 was
documented intact. Per MAR nearly all of her Lovenox doses this admit were charted RLQ.

NDx added: Impaired skin integrity (00046) r/t ?vascular occlusion AEB purpuric patch w/ dark
center RLQ.
  Interv: outlined w/ skin marker + photo to chart; no further sticks to abd;
  today's Lovenox held pending MD.
  Dr. Okonkwo-Hale paged 0945 -> derm + wound RN consults placed.
VS @1500 148/82 | 88 | 36.9C | 95% on RA.
Eval: goal NOT met, new skin finding. Dilaudid 0.2mg IVP once, pain down to 5/10.
"""),
("2023-03-27", "Dermatology Consult", """
DERMATOLOGY INPATIENT CONSULT
Reason: painful purpura R lower abdomen.
HPI: 67F here since 3/5 w/ pneumonia; kidney failure on HD; DM2 using insulin. Floor RN found a
tender net-patterned purple patch in her RLQ on 3/24/2023. Her daily enoxaparin shots since
3/6 have gone into exactly this part of the belly. Never had anything like it before.
Exam: RLQ 6x4cm retiform purpura, central stellate eschar, livedo at the margin, woody
induration. Thighs, calves, buttocks and arms clear.
Path (punch bx 3/25, RLQ), S23-0418: medial Ca++ in subcutaneous arterioles, luminal
clot, necrotic fat. Read as calciphylaxis.
Labs (PTH/Ca/Phos/alb): 612 / 9.4 / 7.2 / 2.9.
Impression: calciphylaxis, RLQ abdomen; it has come up at her enoxaparin injection sites
(Koebner-type).
Recs:
 - thiosulfate 25 g to run in during the last hr of HD (nephro agrees)
 - abdomen off limits for SC injections; insulin -> upper arms only
 - wound care per RN, pain service to see
"""),
]}

B02 = {"patient_id": "B02", "age": 58, "sex": "M", "notes": [
("2022-12-13", "Home Health Nursing Visit", """
HOME HEALTH SKILLED NURSING VISIT -- SN visit 3 of 8
58 yo M on home PD (CCPD, cycler overnight) since 2021. Also HTN, AF, type 2 DM that he
controls with diet (A1c 6.6% in Oct, no sugar pills or shots). Apixaban 5 mg BID; he was on warfarin
2015-2019 and hated the INR checks.
VS: BP 136/78, P 72 irreg, T 97.9 F. Scale 97.2kg, height 180cm, BMI 30.0.

Problem/NDx: Acute pain (00132) r/t intraperitoneal fill volume AEB cramping 6/10 when the
cycler starts.
  Pt reports that since Thanksgiving he puts his heating pad over the lower belly
  every night while it fills, "on medium." Cath exit (R of navel) clean/dry, no crust.
  Goal: fill pain 3/10 or less within 2 wks.
  Interv: slower fill rate reviewed w/ PD RN; told to use the low setting over a towel
  and not to fall asleep with it on (he admits he usually does).
NDx: Ineffective health management (00078) r/t complex regimen - 2 cycler alarms/night,
drain troubleshooting retaught.
Eval: partially met. Next SN visit 12/20.
"""),
("2023-02-07", "Nephrology PD Clinic", """
NEPHROLOGY - PD CLINIC RETURN
58M, CCPD ~18 months; adequacy OK on the Jan PET. Comes in for very painful
spots on his L lower abdomen that appeared in early January and keep enlarging. No fever,
effluent clear.
Exam: L lower abd, inferolateral to the navel - two indurated violaceous plaques
(3cm, 4cm) each ringed by livedo, dusky center on the larger. Exit site on the R, clean.
2/1/23 chemistry: iPTH 880 pg/mL; phosphorus 6.8 w/ Ca 10.1; alb 3.2 g/dL; Hgb 10.4.
Other hx: warfarin years ago (off since 2019), obesity, diet-controlled DM.
A: Painful abdominal plaques in a PD patient whose Ca x P runs high -> I am worried about
calciphylaxis.
P: derm referral - wants deep incisional tissue; stop the calcium-based binder, start sevelamer 1600 mg
TID; cinacalcet increased to 60; renal dietitian referral.
"""),
("2023-02-21", "Dermatology Clinic Note", """
Dermatology follow-up, Linden Row clinic
Biopsy review. Deep incisional bx of L lower abdomen 2/14/2023 (path #LR-23-221): mural Ca++ in
small fat-lobule vessels, intimal thickening, thrombosed lumens, septal panniculitis;
VK special stain positive (pathologist Dr. Imre). Dx: CALCIPHYLAXIS.
Pt says the plaques began in early January; the bigger one is crusted black now.
Nights are worst, pain 8/10.
Exam: L lower abdominal eschar 5x3.5cm with a purpuric net-like border; bx site sutured,
healing. Nothing similar elsewhere on trunk or legs.
Plan: sodium thiosulfate through the PD unit protocol; wound RN weekly; gabapentin 100 mg
HS (renal max); protect the abdominal skin from any further injury.
RTC 3 weeks.
"""),
]}

B03 = {"patient_id": "B03", "age": 71, "sex": "F", "notes": [
("2024-02-11", "Nursing Care Plan", """
CARE PLAN - Cardiac stepdown 4B, Harrowgate Medical Ctr
71F adm 2/9/24 acute on chronic HFrEF w/ volume overload. ESRD, dialyzes T/Th/Sat; fistula
L arm, so that arm gets no cuffs and no venipuncture. Not diabetic. Takes
warfarin since her 2009 mitral valve replacement (mechanical); INR 3.4 tonight so pharmacy held the dose.
Wt 78.9kg; BMI 29.9 - overweight.

Nursing Dx 1 Excess fluid volume (00026) r/t ESRD AEB 3+ BLE edema, crackles both bases.
  Goal: wt down 2 kg by 2/14. Interv: strict I&O, 1 L fluid restriction, 0500 daily wt,
  UF w/ HD.
Nursing Dx 2 Risk for thrombosis (00291) r/t immobility (bedrest, dyspnea on exertion).
  Interv: sequential compression sleeves put on both calves 2/10/24 @ 1100, to stay on at
  all times while in bed; off q shift for skin check.
Nursing Dx 3 Activity intolerance (00092) r/t decreased CO AEB SOB after 10 ft.
Eval 2/11 NOC: SCDs on and cycling, skin under sleeves intact, edema still 3+.
"""),
("2024-02-27", "Nursing Shift Evaluation", """
NOC shift eval 2/26-2/27
0400 skin check w/ SCDs off: both posterior calves show purple lace-like mottling that does
not blanch, each with a quarter-sized dark center, L worse than R. Pt moaned with light touch,
"it burns," 7/10. Per report the 2/26 day-shift check was unremarkable.
Pedal pulses by doppler bilat. Cap refill 3 sec.
SCDs taken off and held, legs floated on pillows. Hospitalist (Dr. Varga) at bedside 0430:
derm consult, CBC, Ca/Phos ordered.
NDx: Impaired tissue integrity (00044) r/t ?ischemia AEB nonblanching purple mottling w/
necrotic centers on bilat posterior calves.
Goal: no new areas; pain 4 or under.
Eval 0645: pain 5/10 after oxycodone 2.5 mg. Partially met.
"""),
("2024-02-29", "Dermatology Consult", """
Derm consult
71F; ESRD, on HD; warfarin for her mechanical MV. New painful retiform purpura of both
calves, first seen by nursing 2/27.
Exam: posterior calves bilat - 7x4cm (L) and 5x3cm (R) net-patterned purpuric plaques,
black eschar centrally, both confined to the mid posterior calf. Feet, thighs, trunk clear.
Punch bx 2/28 R calf: encrusting Ca++ in subcutaneous vessels, fibrin in lumens,
vK stain +, no vasculitis. Consistent w/ calciphylaxis.
DDx weighed: warfarin necrosis (distribution and timing argue against), cholesterol emboli.
Rec: sodium thiosulfate w/ HD; ask cardiology whether anticoagulation can change;
lidocaine 4% patch on intact skin beside the wounds; wound RN to follow.
"""),
("2024-03-01", "Wound Care RN Consult", """
WOUND/OSTOMY RN CONSULT
Asked to see bilat calf wounds, bx-proven calciphylaxis.
Both wounds lie in the band where the SCD compression sleeves were wrapped from 2/10 until
2/27 - the top edge of each wound follows the sleeve's upper strap line. Sleeves now d/c'd,
VTE ppx per team.
L post calf: 7.2x4.1cm, 80% black eschar, 20% purple rim.
R post calf: 5.0x3.3cm, dry stable eschar. No odor or exudate; periwound edema 2+.
NDx: Impaired skin integrity (00046), cause calciphylaxis, AEB two eschar-covered calf wounds.
Interv: keep eschar dry & stable - povidone-iodine paint daily, no debridement; calves on
pillow w/ heels floated; NO compression devices to BLE.
Pain 6/10 - premedicate 30 min before dressing.
"""),
]}

B04 = {"patient_id": "B04", "age": 63, "sex": "M", "notes": [
("2021-10-04", "Nursing Care Plan", """
Nursing care plan - 5 South, St. Aurelian's
63M adm 10/3 ~2100 w/ acute urinary retention (BPH) + K 6.4. ESRD; runs HD off a tunneled
right-chest line placed 2020. DM2 - detemir + lispro scale. Obese, BMI 36.2. Home meds include no
blood thinners.

NDx: Urinary retention (00023) r/t prostatic enlargement AEB bladder scan 940 mL,
suprapubic fullness.
  Interv: 16 Fr Foley inserted 10/3/21 at 2215 by this RN, 10 mL balloon, 880 mL clear amber out.
  Tubing secured to the L anterior thigh with an adhesive StatLock anchor; bag below bladder.
  Goal: free of CAUTI; voiding trial per urology.
NDx: Risk for infection (00004) r/t indwelling catheter - peri care BID, CHG wipes.
NDx: Risk for electrolyte imbalance (00195) r/t ESRD - K 5.1 after HD this AM, tele on.
Eval: catheter draining, 40 mL overnight (oliguric at baseline). Plan continues.
"""),
("2021-10-19", "Nursing Shift Evaluation", """
2nd shift eval - 5S
Pt c/o pain over the anterior L thigh x 3 days, "stabbing when the sheet drags over it."
Assessed: L ant mid thigh 4x4cm dusky, hard, purplish net-like border, small black center,
very tender. Catheter anchor relocated to R thigh.
NDx: Acute pain (00132) r/t unknown skin process L thigh AEB guarding, 8/10.
  Goal: pain below 4 within 1 hr of analgesic.
  Interv: APAP 650 mg PO, repositioned, bed cradle to keep linens off the leg, MD notified.
Recheck 2130: 4/10.
Also: FSBG 212 at HS, lispro 4 units per scale into L upper arm.
Urology: voiding trial planned Thurs.
"""),
("2021-10-22", "Dermatology Consult", """
Derm consult note
63M; ESRD, HD; DM2; in house for urinary retention.
CC: painful thigh lesion, began around 10/16 per nursing.
Exam: L anterior mid-thigh, 5x4.5cm firm violaceous plaque, 2cm stellate black eschar
centrally, its border net-like. R thigh, abdomen and legs without lesions.
Path: 4 mm punch from edge (10/20/21) - calcified arteriolar walls in the fat, thrombi,
lobular fat necrosis -> calciphylaxis.
Labs: PTH 1,140 with P 8.1 and corrected Ca 9.8.
Impression: calciphylaxis, L thigh.
Recs: STS 25 g w/ every HD; surgery to discuss parathyroidectomy; do not start warfarin;
gentle local wound care - sharp debridement not yet.
"""),
]}

B05 = {"patient_id": "B05", "age": 80, "sex": "F", "notes": [
("2020-09-12", "Nursing Shift Note / Safety Event", """
Eve shift note + safety event SE-20-4471 / Maplecrest Skilled Nursing
1815: resident, 80 yo F, assisted by CNA with stand-pivot bed -> w/c; R shin hit the metal
bed frame. Skin tear R anterior shin, 3 cm flap (Payne-Martin cat 2). Bleeding stopped w/
pressure x 5 min (on warfarin for AF; 9/10 INR = 2.6).
Flap laid back, Steri-Strips x3, nonadherent pad, tubular netting. Daughter called 1850,
NP Ruiz aware.
NDx: Impaired skin integrity (00046) r/t shear/blunt injury AEB skin tear R shin.
  Goal: flap adherent, healed in 21 days.
  Interv: leave strips in place, arrow drawn for removal direction, look daily; pad bed rails.
NDx: Risk for falls (00155) r/t weakness, post-dialysis fatigue -> 2-person transfers on HD days.
"""),
("2020-10-28", "Dialysis Unit RN Note", """
Dialysis unit RN note - chair 11
Pre-tx: BP 102/58, HR 76, wt 54.3 kg (EDW 53.5). BMI 22.4.
Resident c/o R lower leg pain 9/10. Netting removed: at the old skin tear site on the R shin
there is now a 2.5 cm dry black crust with violaceous, mottled, firm skin spreading around it.
SNF staff says it began earlier this month as a "purple bruise" that never faded.
Not diabetic. Warfarin continues, INR 2.9.
Tx 3.5 h, UF 1.0 L, tolerated.
Dr. Essien (nephro) informed - will see her next tx; derm referral requested.
Reinforced: no tape directly on the skin of either leg.
"""),
("2020-11-10", "Dermatology Consult", """
Dermatology - outpatient consult
80F on thrice-weekly HD for ESRD, anticoagulated with warfarin (AF); Dr. Essien sent
her over about a nonhealing R shin wound.
History: skin tear to the R shin from striking a bed frame 9/12/20; the tear closed by early Oct,
then in October a painful purple area appeared on the same spot and turned black.
Exam: over the R anterior shin, ulcer 3.5x2.8cm, adherent black cap; livedo
racemosa forms a halo. L leg clear.
Punch bx at edge today, results pending. Addendum 11/13: arteriolar calcification + clot in the
subcutaneous fat; fits calciphylaxis.
Assessment: calciphylaxis R shin, Koebner at the prior skin-tear site; warfarin likely adds.
Plan: stop warfarin, change to apixaban (cardiology agrees); STS w/ HD; Hydrofera Blue +
foam daily; padding to bed frame.
"""),
]}

B06 = {"patient_id": "B06", "age": 55, "sex": "M", "notes": [
("2025-09-16", "Dermatology Consult", """
Dermatology consult - Eastbrook Renal & Skin
55M. DM2, insulin-treated; ESRD managed with PD at home; BMI about 39. Painful nodule
L lateral thigh since August 2025, opened in the last 2 wks.
Exam: outer L thigh, 5x3cm star-shaped ulcer with a black base, retiform purpura and a firm
rim of induration ~2 cm wide. R thigh, abdomen, buttocks, calves: no lesions.
Deep punch bx L thigh today.
Addendum 9/19: calcified small-vessel walls, microthrombi, necrotic lobular fat ->
calciphylaxis.
Plan: IV STS 3x a week, given at the PD center; cinacalcet titration; wound clinic;
parathyroid w/u. No warfarin, keep it that way.
"""),
("2025-10-02", "Diabetes Nurse Educator Note", """
DIABETES NURSE EDUCATOR VISIT
55 yo M, DM2 x 12 yr, A1c 8.9. Home PD, nightly cycler. Started basal insulin (glargine)
last spring, now 26 units qHS; he injects into the outer thighs, both sides, because "the
belly is tight with PD fluid."
Wt 121 kg, BMI 38.7.
NDx: Deficient knowledge (00126) r/t insulin site rotation AEB unable to describe a rotation
pattern, reuses pen needles x3.
  Goals: teach-back of rotation grid by end of visit; fresh needle each dose.
  Interv: demo w/ pen + practice pad; sharps container given; glucose tabs for lows.
  Pt has a dressing on the L thigh from wound clinic - says he injects only the R thigh now.
NDx: Risk for unstable blood glucose (00179) r/t variable dextrose load from PD.
Eval: correct teach-back on 2nd try. Return 4 wks.
"""),
("2025-10-09", "Wound Clinic Nursing Note", """
Wound clinic RN note
Pt back for his L lateral thigh wound - biopsy-confirmed calciphylaxis (see derm 9/19).
Began as a hard tender purple spot in August and opened in September.
Meas: 6.1x3.8x0.2cm; base 60/40 slough to eschar; mod serous drainage, no odor.
Periwound violaceous, indurated 2 cm.
Dressing changes hurt - 7/10.
Tx: NS cleanse, Medihoney alginate, bordered foam; PD home RN to change it every 48 h.
NDx: Impaired tissue integrity (00044) r/t calcific vasculopathy AEB open full-thickness wound.
Goal: no infection, less slough at next visit.
On insulin, PD. Not anticoagulated.
"""),
]}

B07 = {"patient_id": "B07", "age": 69, "sex": "F", "notes": [
("2019-07-15", "Nursing Care Plan - IDT Review", """
IDT CARE PLAN REVIEW - Ridgeway Pines Nursing & Rehab
69 yo F, LTC. Kidney failure, dialyzed Mon-Wed-Fri at an outside unit. DM2 on linagliptin
only. Morbid obesity, BMI 41.2. OA.
Problem: Chronic pain (00133) R shoulder r/t rotator cuff tendinopathy.
  Approach: cold pack to R lateral shoulder 20 min QID, began 3 weeks ago per ortho recs;
  APAP 650 mg q6h prn.
  Goal: pain 3/10 or less during ADLs by 8/15. Currently 5/10.
Problem: Bathing self-care deficit (00108) r/t R arm pain + body habitus - 1 assist,
adaptive sleeve.
Problem: Risk for impaired skin integrity (00047) from incontinence - Braden 15;
reposition q2h, barrier cream to perineum.
Reviewed w/ resident and son. Only change: add PT for pendulum exercises.
"""),
("2019-08-01", "Nursing Shift Evaluation", """
Day shift summary - Unit B
CNA reported on Monday 7/29 a purplish blotch on the R shoulder during AM care. Today the
area measures 4x3cm: violaceous, web-patterned, nonblanching, with a firm center going gray,
over the R lateral shoulder - the spot where her cold pack sits. Pain 8/10, worse w/ arm
movement and to touch.
Cold pack d/c'd. Dr. Banerjee notified, saw her 1400: derm consult, labs.
VS 142/70, 80, 18, 97.6, 96% RA.
NDx: Impaired skin integrity (00046) r/t possible vascular injury AEB nonblanching patch
R shoulder.
  Interv: no ice or heat to area, R arm supported on pillow, foam dressing for protection.
"""),
("2019-08-06", "Dermatology Consult", """
Dermatology consult (tele-derm, on-site bx by NP)
69F LTC resident, ESRD/HD, DM2, morbidly obese. Painful R shoulder plaque since 7/29/19.
Exam: R lateral shoulder, a 5x4cm purpuric net-like plaque, 1.5cm eschar at its center,
dense induration. Abdomen, thighs, legs free of lesions.
Incisional bx 8/2/19 R shoulder: vessel-wall Ca++ and thrombi in the
subcutis; diagnosis is calciphylaxis.
Comment: the plaque arose exactly inside the area that has been iced four times a day since
late June - trauma-induced (koebnerization) in a high-risk host.
Plan: STS w/ HD (coordinate w/ dialysis center), stop calcium carbonate, daily wound care,
pain regimen per NP.
"""),
("2019-08-20", "Nephrology Progress Note", """
Nephrology progress - dialysis unit rounding
Calciphylaxis R shoulder, bx-confirmed 8/2. Five doses of thiosulfate so far (25 g after
each run); a little nausea, otherwise fine.
Mineral panel: phos improved 7.4 -> 5.9; Ca 8.9; PTH 540. Binder switched to lanthanum
1 g TID.
Never on warfarin. Linagliptin continues; no insulin.
Per SNF RN: eschar stable, no new lesions, cold therapy stopped.
Post wt 108.0 kg.
Plan: continue STS; lengthen run to 4 h for phos; monthly labs; palliative care consult for
pain and goals.
"""),
]}

PATIENTS = [B01, B02, B03, B04, B05, B06, B07]
