"""probe144 corpus notes, F01-F07 (clinical nutrition and dietetics, and the clinics around them; all invented)."""

F01 = {"patient_id": "F01", "age": 58, "sex": "F", "notes": [
("2022-03-08", "Medical Weight Management RD Visit", """
MEDICAL WEIGHT MANAGEMENT - DIETITIAN FOLLOW-UP
Harrowgate Kidney & Metabolic Ctr, suite 2B            visit type: in person

Referral: wt loss needed for transplant listing (Larkmoor transplant program wants BMI <35).
58 yo F. ESRD from diabetic kidney disease; gets in-centre HD (her chair is
booked Tues/Thurs/Sat), R brachiocephalic AVF.
T2DM ~20 yrs, insulin glargine 18 u qhs - pt injects it over her triceps, R one night and L
the next.
Not anticoagulated; no warfarin ever.

ANTHRO: Ht 163 cm | post-HD wt 109.4 kg | BMI 41.2 (class III obesity) | UBW 112 kg
24h recall: skips bkfst, large lunch at the diner, chips + saltines in the evening, 3 diet
colas. Fluid est 1.2 L/d. IDWG averaging 3.1 kg.
Labs 3/1/22: K 4.9  Phos 6.4 (H)  Alb 3.8  A1c 7.6

INTERVENTION
- Semaglutide 0.25 mg SC once weekly started today (Dr. Okonkwo-Reyes). RD taught pen use
  with teach-back; first dose given here in clinic into her R lower abdomen. She wants to
  keep using that side "since I always sleep on the left side."
- Protein 1.1-1.2 g/kg IBW, binder with every meal, plate method, swap chips for unsalted
  popcorn, keep colas but count them as fluid.
DX (PES): Obesity r/t excessive energy intake AEB BMI 41.2 and evening grazing.
M&E: wt at each HD, GI sx on GLP-1, phos trend. RTC 6 wks.
"""),
("2022-06-02", "Hemodialysis Unit Renal Dietitian Note", """
RENAL DIETITIAN MONTHLY REVIEW -- Fenwick Street Dialysis, chair 14, 2nd shift

S: Appetite "about gone" since semaglutide went up to 1 mg/wk; eating maybe half of her
meals, skipping meat. Also shows me a very painfull dark spot on her R lower belly that
started about 3 wks ago - "hurts worse than the fistula needles". Still doing the weekly
shot in that same area.

O: EDW 101.0 kg, post wt today 100.6 kg (BMI 37.9). Pre BP 162/88.
Labs 5/28: Alb 3.4 (was 3.8)  Phos 5.1  K 5.6  Ca 9.8  iPTH 912  spKt/V 1.42  nPCR 0.71
Skin, looked at with RN Tamsin: RLQ lesion ~3 cm, purple-black center w/ lacy violaceous
rim, indurated; she flinches at light touch. No drainage.

A: Inadequate protein intake r/t GLP-1 appetite suppression AEB nPCR 0.71 and falling
albumin. New painful lesion RLQ with iPTH >900 and phos in the 5-6 range -- concern for
calciphylaxis, Dr. Vasquez-Lind told chairside.

P: renal ONS 1 carton every HD day; egg whites at breakfast. Semaglutide on hold per
nephrology. Derm referral sent as urgent. Repeat labs 6/25.
"""),
("2022-06-30", "Dermatology Clinic Follow-up", """
DERMATOLOGY - RETURN VISIT                     Harrowgate Dermatology, Dr. I. Brannagh

Here for path results and wound check. 58F, HD pt, insulin-requiring T2DM; BMI 41
back in March, losing weight since.

Path (incisional bx 6/9/22, R lower abdomen): small subcutaneous arterioles with
circumferential mural calcification (von Kossa +), intraluminal thrombi, lobular fat necrosis.

Exam: RLQ: 4.2x3.6 cm star-shaped ulcer, firmly stuck black eschar; retiform purpura
reaching 7 cm out. Exquisitely tender. No cellulitis, no fluctuance. Wt 99.9 kg, BMI 37.6.

A/P
1. Calciphylaxis of the R lower abdomen, proven on biopsy. The plaque lies precisely
   on the patch of skin used for her weekly semaglutide shots since 3/8/22 --
   injection-site localization.
   - semaglutide stopped for good; nothing else injected under the skin of the belly
   - IV STS 25 g infused over the final 30-60 min of every run (nephrology began
     6/14), non-calcium binder, cinacalcet dose up
   - dressing calcium alginate + silicone foam q2d; no debridement for now
   - gabapentin 100 mg after HD, low-dose hydromorphone prn
2. Obesity - transplant listing on hold, RD following.
Return 3 wks; earlier for fever or redness that spreads.
"""),
]}

F02 = {"patient_id": "F02", "age": 44, "sex": "M", "notes": [
("2023-05-16", "Nutrition Support Team HPN Clinic", """
NUTRITION SUPPORT TEAM -- HOME PN CLINIC                 Intestinal Rehab Service

44 M. SMA thrombosis 1/2023 -> massive enterectomy, ~70 cm jejunum left, end jejunostomy.
ESRD from enteric hyperoxaluria (oxalate nephropathy), HD on a Monday-Wednesday-Friday
slot, forearm loop graft on the L.
Warfarin for the mesenteric clot, target INR 2-3, dosed by the anticoagulation clinic. No DM.

HPN since discharge home in March: 2.0 L over 18 h daily through R chest tunneled
catheter, dextrose 220 g, amino acids 95 g, ILE 30 g, lytes adjusted on HD days.
Since HPN began in March he carries the ambulatory pump in a zippered waist pouch, belt
cinched so the pouch rides on his left flank; pouch worn ~18 h a day, off only at HD.

Anthro: Ht 178 cm, Wt 58.3 kg, BMI 18.4 (UBW 71 kg).
Jejunostomy output 1.8 L/d, thin. Thirst +.
Labs 5/12: Na 134, K 3.9, Mg 1.6 (L), Alb 3.2, TG 140, BG 132, INR 2.4.
Catheter exit site R chest: clean, no erythema.

Plan: keep PN volume, add 0.5 L oral rehydration solution, loperamide before meals,
Mg in PN up 4 mEq. Refer for GLP-2 analog eval. Recheck labs 2 wks, wt each HD.
"""),
("2023-07-11", "Nephrology HD Rounding Note", """
HD ROUNDS -- Quarry Lane Dialysis          Nephrology: Dr. P. Adeyemi-Holt

44M ESRD (oxalate nephropathy) on HD MWF, short bowel on home PN, on warfarin.

Main issue today: severe pain at a skin lesion on his L flank that "started in late June"
as a hard purple patch, center now turned black. Pain 9/10; he cannot sleep lying on it.
Exam: L flank at the midaxillary line, two fingerbreadths over the iliac crest: 3x2.5 cm
black eschar inside a firm violaceous retiform plaque ~8 cm across, very tender. Afebrile. Pre BP 118/72 HR 96.
Labs: INR 2.6, iPTH 1180, albumin 3.0, PO4 6.8 (calcium 9.1)

A/P
Highly suspicious for calciphylaxis (warfarin, PTH >1000, high phos).
- derm to biopsy tomorrow
- warfarin off today; vascular surgery ok'd apixaban 2.5 twice daily
- STS 25 g post-dialysis from tomorrow
- NST notified re phosphate in PN; binders useless w/ his gut, so PTH control via
  cinacalcet, consider parathyroidectomy referral
"""),
("2023-07-25", "Wound Clinic Note", """
OUTPATIENT WOUND CENTER -- INITIAL VISIT

Dx: L flank calciphylaxis -- derm biopsy 7/12/23 showed calcified small SC
vessels, thrombosis, panniculitis.

WOUND #1 L flank
  3.4x2.8x0.3 cm, ~80% eschar, rest slough, periwound violaceous
  induration to 9 cm, serous exudate moderate, nonmalodorous. Pain 8/10 with dressing change.
Tx: cleanse NS, povidone-iodine paint to the eschar (leave it dry/stable); sharp
debridement not indicated, bordered silicone foam, change every 2 days and prn.

Nutrition: on home PN, protein target 1.5 g/kg; Wt 60.5 kg, BMI 19.1.
Meds of note: STS with HD since 7/12, warfarin stopped 7/11 (now apixaban), cinacalcet.
Analgesia: scheduled APAP; oxycodone 5 before each dressing change.
RTC weekly; photos in media tab.
"""),
]}

F03 = {"patient_id": "F03", "age": 66, "sex": "F", "notes": [
("2019-05-27", "Urgent Care Visit", """
URGENT CARE -- Millbrook Walk-in Clinic             arrived 16:40

CC: burn to both thighs
HPI: 66F was lifting a stockpot of hot bone broth off the stove about an hour ago, handle
slipped and broth splashed over her lap through thin cotton pants. Ran cool tap water on it
~10 min at home.
PMH: ESRD, does her PD at home overnight by cycler, T2DM (linagliptin), HTN, obesity.
Meds: linagliptin, calcium acetate, calcitriol, amlodipine, PD solutions. NKDA.
VS: BP 152/84  HR 92  T 36.9  SpO2 98% RA. Pain 7/10.
Exam: superficial partial thickness scald of both anterior thighs, L ~12x8 cm, R ~9x6
cm, scattered intact blisters, blanches, no circumferential areas, about 3% TBSA. Genitals
spared. PD catheter exit site not involved, dressing dry.

A/P: scald burn, bilateral anterior thighs
- cleansed, blisters left intact, bacitracin + nonadherent dressing, change daily
- acetaminophen; no NSAIDs (ESRD)
- tetanus current (2017)
- f/u PCP in 2-3 days; burn clinic if blisters become infected or pain worsens
"""),
("2019-07-02", "PD Clinic Renal Dietitian Note", """
PD CLINIC -- RENAL NUTRITION MONTHLY

66F, CCPD x 3 yrs, residual urine ~400 mL/d.
Weight 88.9 kg / height 163 cm = BMI 33.4. EDW unchanged.
Labs 6/27: Alb 3.3  Phos 6.1  K 4.2  Ca 9.9  iPTH 455  A1c 6.9  wkly Kt/V 1.9  nPNA 0.9

Diet: makes homemade bone broth almost daily ("a magazine said it was good for kidneys"),
processed cheese slices, canned soup 3-4x/wk.
Other: pt mentions burning pain and new hard, purplish areas in both thighs, inside the
marks left by the broth scald on Memorial Day. Onset "around Father's Day". Shows me:
mottled dusky plaques, very tender to touch. PD RN photographed them; Dr. Haldane paged,
same-week derm/wound appt made.

PES: Excessive phosphorus intake r/t broth, processed cheese and canned soup AEB phos 6.1.
Intervention: stop homemade broth (Na/K/phos), calcium acetate out, sevelamer carbonate in:
800 mg x2 with each meal since Ca is 9.9, protein 1.2 g/kg from egg/poultry/fish, read labels for "phos".
Monitor: phos/Ca at next monthly, wt, intake.
"""),
("2019-07-10", "Wound Care Center Consult", """
WOUND CARE CENTER -- CONSULT            Dr. M. Szabo-Reid      ref: PD nephrology

Hx: 5/27/19 hot broth scald to both anterior thighs, healed by mid June with pink new skin.
Since 6/16 (Father's Day) painful induration, then dark patches, inside the healed burn.
Derm punch bx 7/3/19, L anterior thigh: mural calcium within tiny dermal/subcutaneous
vessels on von Kossa, fibrin thrombi -> calciphylaxis.

Exam: on the L anterior thigh a necrotic plaque (5.0x3.5 cm) under a black eschar cap,
retiform purpuric rim.
R anterior thigh 2.6x2.0 cm violaceous plaque with early dusky center. Both lie within
the outline of the old scald. Pulses palpable. BMI 33.0.

Impression: calciphylaxis of both anterior thighs, arising in the areas burned by the
Memorial Day scald (Koebner-type localization to injured skin). ESRD on PD, T2DM, obesity.
Plan
- STS IV three afternoons a week at the infusion suite, nephrology ordering; calcitriol stopped
- no sharp debridement; cadexomer iodine to eschar, foam, light gauze wrap
- pain: gabapentin 100 mg qhs, tramadol 50 mg prn
- RD following (phos). RTC 1 wk.
"""),
]}

F04 = {"patient_id": "F04", "age": 79, "sex": "M", "notes": [
("2020-08-13", "Inpatient Nutrition Consult - Enteral", """
CLINICAL NUTRITION -- ENTERAL FEEDING CONSULT
Unit 6 West (stroke)                  RD: K. Lindqvist, RD, LDN

79M, L MCA stroke 8/2, severe oropharyngeal dysphagia on VFSS, NPO. PEG placed by GI on
8/11/20 (LUQ, 20 Fr, internal bumper). ESRD, HD Tu-Th-Sa, last run 8/12. Afib on warfarin,
held for the PEG and resumed 8/12. No hx diabetes.

Ht 173 cm  Wt 64.0 kg  BMI 21.4  IBW 68.6 kg (93%)
Est needs: 1900-2100 kcal (30-33 kcal/kg), protein 77-90 g (1.2-1.4 g/kg), fluid per
nephrology.
Trickle feeds via PEG since this AM, no vomiting, residuals <60 mL. Stoma C/D/I.

Recs
1. Renal 1.8 kcal/mL formula via PEG: start 20 mL/h, advance 10 mL/h q6h to goal 50 mL/h
   x 22 h (=1980 kcal, 89 g protein)
2. Free water 30 mL flush q4h, adjust to Na
3. Renal multivitamin; no K or phos supplements
4. Will teach daughter gravity bolus feeds before d/c (home vs SNF)
RD to follow 2-3x/wk.
"""),
("2020-11-03", "Home Health Dietitian Visit", """
HOME HEALTH -- DIETITIAN VISIT (Brightwater Home Health)

Lives with daughter Ines; HD at Cedar Row unit TTS.
Regimen: 4 cartons renal formula/day by gravity bolus via PEG + 150 mL water flush x5.
Intake log ~94% of goal. Wt (chair scale) 61.8 kg, BMI 20.6 (-3.4% in 3 mo).

Concern: daughter says the skin around the tube has been "turning dark and rock hard" since
October, and dad winces when she cleans it. Exam: around the PEG in the LUQ a firm
violaceous plaque ~5 cm encircling the stoma, central black crust at 2-4 o'clock. No
leakage, no pus, external bumper turns freely with ~1 cm play.

Assessment: weight trending down although intake adequate on paper; new painful skin change
at the stoma - does not look like the usual leakage dermatitis.
Plan: called Dr. Ferreira (PCP) and nephrology; derm appt set for 11/12. Add 1 carton on
HD days. Daughter to keep a pain/feeding diary.
"""),
("2020-11-12", "Dermatology Consult", """
DERMATOLOGY CONSULT

79M, ESRD on dialysis, AF anticoagulated (warfarin; INR 2.8 on today's check), PEG
since 8/11/20. Painful plaque around the tube since October 2020.
Exam: L upper quadrant: 6x5 cm retiform purpura surrounding the gastrostomy with central
2 cm adherent black eschar, woody induration without fluctuance. Rest of skin exam clear.
Procedure: 2 punch bx (4 mm) taken from the plaque margin. Path (expedited, read this
afternoon): calcification of subcutaneous arteriole walls with thrombi, von Kossa positive
-- calciphylaxis.

A/P
Calciphylaxis localized to the skin around the PEG insertion site placed 8/11/20 (Koebner-
like localization to the procedure site).
- stop warfarin; apixaban per cardiology
- IV sodium thiosulfate with HD, d/w nephrology today
- GI: do not reposition or exchange the tube unless it malfunctions
- nonadherent silicone contact layer + split gauze, daily
- palliative care referral for pain and goals
"""),
("2020-12-08", "Nephrology HD Rounding Note", """
HD ROUNDING -- Cedar Row Dialysis

79M with calciphylaxis of the LUQ at his PEG site (bx 11/12) on STS 25 g
every dialysis since 11/17. Cinacalcet 30 mg daily via PEG. Calcium acetate changed to
sevelamer powder through the tube. Apixaban 2.5 BID since warfarin was halted 11/12.

Daughter reports less wincing with stoma care; wound RN says eschar stable, edges softer.
Pre-HD: BP 134/70, HR 78 irregular, wt 62.9 kg, BMI 21.0 (feeds increased on HD days).
Labs: Hgb 9.8, albumin 3.3, Ca 8.9, PO4 4.6, iPTH 388

Plan: keep STS going for 3 more months, wound check q2wk, palliative following; no change to
dialysis prescription.
"""),
]}

F05 = {"patient_id": "F05", "age": 62, "sex": "M", "notes": [
("2024-01-01", "Emergency Department Provider Note", """
ED PROVIDER NOTE -- St. Aldric Medical Center                 arrival 04:12

CC: fall at home
HPI: 62M, ESRD dialyzing MWF, insulin-treated T2DM, G-tube dependent since chemoradiation for
oropharyngeal SCC (2022), runs overnight pump feeds. Got up to urinate ~03:15, foot caught
in the feeding set tubing, the pole with the pump tipped and he went down, his R shin
hit the steel rail of the bed and he landed on his L elbow. Denies LOC or hitting his head. Takes
no blood thinners.
VS: BP 171/90  HR 88  RR 16  T 36.6  SpO2 97% RA  fingerstick 212
Exam: R anterior mid shin 6x2 cm linear abrasion with a superficial skin flap and small
hematoma beneath, oozing controlled. L elbow contusion, full ROM. G-tube intact, site
clean. Neuro nonfocal.
Xray R tibia/fibula negative for fx.

MDM/Plan: irrigated, flap laid down with adhesive strips, petrolatum gauze and roll gauze.
Tdap given 2019. Home with wife; advised to keep pump pole on the far side of the bed and
tape the tubing.
Dx: fall; abrasion R lower leg; contusion L elbow.
"""),
("2024-02-06", "Dialysis Unit Dietitian Nutrition Assessment", """
NUTRITION ASSESSMENT -- Kestrel Bay Dialysis (annual, moved up for wound)

62M HD MWF, G-tube feeds since 2022, small PO trials with SLP.
Regimen: 5 cartons renal 1.8 kcal/mL formula overnight by pump (1800 kcal, 81 g protein).
Wt 95.8 kg post-HD, height 179 cm; BMI 29.9 which is overweight, not obese.
Labs 2/1: Alb 3.5  Phos 7.2 H  Ca 10.1  iPTH 640  K 5.0  A1c 8.1

Skin/wound: pt reports an ulcer on his R shin that "started two weeks ago", very painful,
worse at night; he keeps gauze taped over it. RN measured 3x2.5 cm with a dark
center.

Dx: Altered nutrition-related lab values (phos) r/t phos content of formula and
suboptimal binder use AEB phos 7.2.
Increased protein needs r/t wound.
Int: protein modular 1 scoop bid via tube (+30 g), binder switched to a powder that can go
down the tube with feeds, insulin timing reviewed with feeds.
Plan: derm appt 2/8 (Dr. Oyelaran); reassess in 2 wks.
"""),
("2024-02-15", "Dermatology Clinic Note", """
DERMATOLOGY -- Dr. A. Oyelaran

F/u biopsy. 62M on HD, insulin-treated T2DM, tube-fed.
Punch bx 2/8/24, R anterior shin at the ulcer margin: calcific deposits lining the small
dermal + subcutaneous vessels, intimal thickening, thrombi; von Kossa confirms calcium.
Final read: calciphylaxis.

Exam: R anterior shin ulcer 3.8x2.9 cm, tightly adherent eschar, retiform purpuric border,
tender. Dopplerable DP/PT pulses. Legs, thighs and abdomen otherwise clear.

A/P: Calciphylaxis, R anterior shin, biopsy-proven.
- nephrology starting IV sodium thiosulfate 2/16, cinacalcet added
- phosphate control with RD
- calcium alginate, ABD pad, light wrap (no compression)
- pain: acetaminophen, low-dose hydromorphone prn
- RTC 2 wks
"""),
]}

F06 = {"patient_id": "F06", "age": 51, "sex": "F", "notes": [
("2017-10-03", "Bariatric Nutrition Annual Follow-up", """
BARIATRIC NUTRITION -- ANNUAL F/U (5 yrs post RYGB)

51F. RYGB 6/2012 (pre-op BMI 52). PMH: obesity, ESRD (FSGS), on CCPD from 2015, HTN,
L leg DVT 2014 treated with warfarin for 6 months (completed). No diabetes.
Wt 84.3 kg, Ht 163.3 cm, BMI 31.6.
Supplements: chewable bariatric MVI daily, sublingual B12 1000 mcg "most days", calcium
citrate held by nephrology.
Labs 9/26: B12 186 pg/mL (L), MMA high, ferritin 41, 25-OH vit D 22, Alb 3.6, PTH 310.
Recall: protein ~55 g/d (goal 60-80), grazing, 2 regular sodas.

Plan
- B12 deficiency despite SL -> cyanocobalamin 1000 mcg IM monthly. First dose given today
  by RN into the L lateral thigh; pt taught self-injection w/ teach-back and will use the
  L lateral thigh each month (finds reaching the R side awkward).
- protein first at each meal; renal-friendly protein shake on low-intake days
- sodas -> sparkling water
- B12 recheck in 3 mo
"""),
("2018-01-09", "PD Clinic Dietitian Note", """
PD UNIT -- RD NOTE, Elmhurst Road Home Dialysis

51F on CCPD, s/p RYGB. Wt 83.0 kg, BMI 31.2.
Labs 1/4: Phos 5.9  Ca 10.2 (on calcitriol)  PTH 288  Alb 3.4  B12 402

S: c/o a painful, hard "knot" in her L outer thigh since mid-December; hurts walking and at
night, the skin has gone purple-brown. She has given her monthly B12 shot there (Oct, Nov,
Dec).
O: on the L lateral thigh a firm violaceous plaque about 4 cm, netlike edge, very tender, no
open area.
A: PD nutrition adequate apart from phos; B12 repleted. New painful thigh plaque -- showed
Dr. Kaur (PD nephrologist) during clinic, skin biopsy being arranged.
P: cut processed cheese/colas, sevelamer with snacks too; calcitriol on hold per MD; advised
not to inject B12 anywhere until derm has seen it.
"""),
("2018-01-30", "Dermatology Note", """
DERMATOLOGY -- Dr. T. Ambrose-Kell

Bx 1/16/18 L lateral thigh (deep incisional): calcified small arterioles in septal fat,
luminal thrombi, necrotic fat lobules; the diagnosis is calciphylaxis.
Exam: L lateral thigh plaque now 6x4.5 cm with 1.5 cm central eschar. Weight 82.2 kg
(BMI 30.9).

A/P
There is calciphylaxis on the L lateral thigh, which has developed right where she
gives her monthly IM B12 (self-injected there since 10/3/17), in a PD patient with Ca x phos imbalance and prior
gastric bypass.
- B12 changed to nasal spray; IM shots into the thighs to stop
- IV STS 3x/wk, calcitriol stopped, nephrology adjusting PD
- warfarin only in 2014, course finished; no current anticoagulant
- hydrocolloid-free dressing: foam + gauze, daily
Derm f/u 2 wks.
"""),
]}

F07 = {"patient_id": "F07", "age": 49, "sex": "F", "notes": [
("2021-09-14", "Bariatric Surgery Pre-op Nutrition Assessment", """
PRE-OP BARIATRIC NUTRITION ASSESSMENT (visit 2 of 6)

49F referred for sleeve gastrectomy. ESRD from diabetic nephropathy, on HD MWF at Northgate;
hopes to be listed for transplant after weight loss.
T2DM since 2009, insulin since 2015 (glargine + lispro), injects into her lower belly.
No warfarin or other anticoagulant.
Anthro: Ht 160 cm, Wt 121.1 kg, BMI 47.3. Waist 138 cm. Large lower abdominal pannus.
Work: started as a CNA at a nursing home in June; says the elastic waist of her uniform
scrub pants "bites into my stomach" by end of shift, leaves a red groove under the pannus.
Diet: 2 fast-food meals/d, sweet tea ~1 L, little fruit/veg (K counselled).
Labs: A1c 8.4  Alb 3.9  Phos 5.6  K 5.2

Goals before surgery: lose 5% (6 kg), 60 g protein/d, replace sweet tea with unsweetened,
meal prep for night shifts. Reviewed post-op diet stages (clear -> full liquid -> puree).
F/u 4 wks.
"""),
("2022-01-04", "Dialysis Nephrology Progress Note", """
NEPHROLOGY -- MONTHLY HD PROGRESS NOTE, Northgate Dialysis

49F HD MWF, T2DM on insulin, BMI 47 (sleeve planned).
New: extremely painful area of her lower pannus since Thanksgiving, began as a purplish blotch
and has since crusted black. Pain rated 10/10 when the pannus moves or when she stands.
Exam: lower abdominal pannus 7x4 cm violaceous indurated plaque, stellate black centre,
net-like mottling surrounding it. No fluctuance, no drainage.
Labs: Ca 9.6 (corr 10.1)  Phos 7.0  iPTH 1340  Alb 3.3

A/P: probable calciphylaxis.
- bariatric surgery on hold
- derm for incisional biopsy this week
- STS 25 g post-run beginning Wednesday
- calcium carbonate binder -> sevelamer; cinacalcet 30 mg
- 2.0 mEq/L calcium bath
"""),
("2022-01-20", "Dermatology Consult", """
DERMATOLOGY CONSULT -- Dr. L. Montague-Oduya

Incisional bx 1/7/22 of the lower pannus: SC arterioles calcified and
thrombosed, septal panniculitis, fat necrosis. Calciphylaxis confirmed.
HPI: started around Thanksgiving. She has injected insulin into this part of her belly
every day since 2015, and since last summer the tight elastic waistband of her work scrubs
has pressed across the same fold.
Exam: lower pannus 8x5 cm eschar with a retiform purpura rim; no other lesions.
Wt 119.8 kg, BMI 46.8.

A/P: Calciphylaxis (proven on the 1/7 biopsy), lower abdominal pannus. It sits in the
zone of her daily insulin injections and of the waistband pressure.
- from today insulin goes in the upper arms only
- loose clothing without a waistband; work note given
- STS continues at dialysis; dressings by the wound clinic
- refer to pain service
"""),
]}

PATIENTS = [F01, F02, F03, F04, F05, F06, F07]
