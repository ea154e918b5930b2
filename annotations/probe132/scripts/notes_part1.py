"""probe132 corpus notes, U01-U07 (PT/OT, physiatry and the clinics around them; all invented)."""

U01 = {"patient_id": "U01", "age": 74, "sex": "F", "notes": [
("2021-02-01", "Inpatient Rehab PT Evaluation", """
ACUTE INPATIENT REHAB - PHYSICAL THERAPY INITIAL EVAL
Bramblewood Rehab Unit, 3 North

S: 74 yo F admitted from Castleford General s/p fall at home 1/27/21 with R femoral neck fx,
underwent R hip hemiarthroplasty 01/29/21. Pt states "I just want to get back to my own
kitchen." Lives alone in 1-story home, 2 STE w/ L rail. PLOF indep w/ SPC.
PMH: ESRD - dialyzes M/W/F through a L forearm fistula, HTN, hypothyroid, gout. No DM. Never on warfarin.
Meds reviewed w/ RN: heparin 5000 units SC q12h for DVT ppx - started POD 0 (1/29), given
into the abdomen; sevelamer, cinacalcet, levothyroxine, acetaminophen.
Precautions: posterior hip precautions R, WBAT RLE.

O: A&Ox4. Ht 160 cm, wt 71.2kg, BMI 27.8.
R hip incision dressing C/D/I. Skin otherwise intact on visual check of trunk, sacrum, heels.
MMT: R hip flex 2+/5 (limited by pain), R knee ext 3/5, LLE grossly 4/5.
Bed mob: mod A x1 supine>sit w/ HOB raised.
Transfers: sit<>stand from elevated mat min A w/ RW.
Gait: 20 ft w/ RW, min A, step-to pattern, dec stance time R.
Pain 6/10 R hip w/ activity.

A: Pt presents w/ dec strength, mobility and activity tolerance after R hip fx/surgery,
good rehab potential, motivated. Tol eval well.

P: PT 90 min/day 5x/wk + OT. Goals (2 wks): mod I bed mob, supervision transfers,
150 ft w/ RW supervision, 2 steps w/ rail CGA.
Billed: PT eval moderate complexity + 23 min ther ex/gait.
"""),
("2021-02-20", "Inpatient Rehab OT Daily Note", """
OT DAILY NOTE - 3N Bramblewood

S: Pt c/o burning, "like a wasp sting that keeps going" over her L lower belly, started yesterday
evening. States it hurts most when she bends forward to don socks. Pain 8/10 there, 3/10 R hip.

O: Before session RN Delia showed this writer the area: L lower abdomen under the navel,
roughly 4 x 5 cm, dusky violet, firm to touch w/ a lacy purplish border. RN reports this is
the area where the heparin shots have been given all admission. No drainage. Charge RN paged
MD, derm consult to be placed.
LB dressing: seated, reacher + sock aid, min A (was SBA 2/18) - pain limited trunk flexion.
Toilet transfer: CGA w/ grab bar.
Tub transfer bench training: verbal cues for hip precautions, CGA.

A: Session limited by new abd pain, pt tearful at times but participated. Decline in LB
ADL indep d/t pain, not d/t hip.

P: Cont OT per POC; avoid pressure over L lower abd during dressing (use loose waist
pants). Will f/u w/ team re pain plan.
Total 45 min: ADL retraining 30, ther act 15.
"""),
("2021-02-25", "Dermatology Consult", """
DERMATOLOGY INPATIENT CONSULT - Rehab unit

Reason: painful violaceous plaque, left lower abdomen.

HPI: 74F w/ ESRD on hemodialysis, in rehab after R hip hemiarthroplasty. First noticed
2/19/2021 per nursing and OT. Since 29 Jan she has received subcutaneous heparin twice daily,
nearly every dose given in the L lower quadrant per MAR/RN.

Exam: LLQ abdomen 5 x 6 cm indurated purple plaque, retiform margins, 1 cm
gray-black center. Exquisitely tender. R abdomen, flanks, thighs clear.

Path (4 mm punch from plaque edge, done 2/23): small subcut vessels with mural calcium and
clot in their lumens, necrotic fat lobules; deposits black on von Kossa.

Impression: CALCIPHYLAXIS, biopsy-proven, arising precisely at her SC heparin injection
sites in the left lower quadrant. Repeated needle trauma in a patient on HD is the likely
local trigger.

Recs:
- Stop SC heparin to the abdomen; primary team to pick alternate DVT ppx.
- Nephrology to start STS with dialysis.
- Wound care: nonadherent dressing, no tape on plaque.
- Pain control, PT/OT may continue, avoid abdominal binders.
Wt today 69.8 kg, BMI 27.3.
"""),
]}

U02 = {"patient_id": "U02", "age": 61, "sex": "M", "notes": [
("2019-09-10", "Outpatient PT Initial Evaluation", """
Harlow Street Physical Therapy - Initial Evaluation
Dx: lumbar spondylosis w/ chronic LBP (M47.816)  Referral: Dr. Penhallow

SUBJECTIVE: 61 y/o M w/ LBP x ~8 mo, no radicular sx. Worse w/ prolonged standing >10 min.
PMH: ESRD on nightly CCPD (PD since 2016), DM2 (glargine + lispro insulin), HTN, OSA.
No anticoag. Works part time as a dispatcher.

OBJECTIVE:
Ht 5'10" / Wt 107 kg -- BMI 34.6, obese.
Lumbar AROM: flex 50% w/ pain at end range, ext 25%, SB R/L 75%.
MMT: hip abd 4-/5 bil, hip ext 4/5 bil. Core: unable to hold bridge > 8 sec.
SLR neg bil. Palpation: TTP bil lumbar paraspinals L3-L5.
Modality: moist hot pack to lumbar region bilat x 10 min, pt prone w/ 6 layers of toweling.
Pre/post skin inspection: intact, faint pinkness only.

ASSESSMENT: Sx consistent w/ mechanical LBP, dec core/hip strength. Good prognosis.
PD catheter noted, pt educated to avoid prone lying directly on the exit site - pillow used.

PLAN: twice weekly for 6 weeks. MHP pre-ex each visit, therex core/hip, HEP (bridges, bird dog,
cat-camel), body mechanics.
STG 3 wks: stand 20 min w/ pain < 3/10. LTG 6 wks: indep HEP, Oswestry < 20%.
Billing: 97161, 97010, 97110 x 2 units.
"""),
("2019-11-05", "Outpatient PT Daily Note", """
PT Daily Note  11/05/19  visit 15

S: Pt reports a "really sore dark spot" on his R low back since Halloween, says his wife saw
it first. States he also bought a heating pad after he started here because the hot packs
felt so good, and has used it on his low back most nights for the past month. Pain at the
spot 7/10, burning quality, aggravated when his shirt rubs.

O: Inspected before MHP: R lumbar area, lateral to L3-4 paraspinals, 6cm x 4cm plum-purple
indurated plaque with a black central crust about 1.5cm and a net-like purple border. Not warm, no
drainage. L side clear.
MHP HELD today. No e-stim.
Ther ex 25 min: supine TrA sets, bridges 2x10, clamshells 2x10 bil, seated rows green TB.

A: Pt tol ex well, but new skin lesion of concern in a PD/DM pt within the hot-pack treatment
area; not typical of a simple burn. No further thermal modalities until cleared.

P: Called Dr. Penhallow's office and the PD unit nurse, pt to be seen this week. Pt instructed: heating
pad goes back in the closet, no more use. Cont POC w/o modalities.
Billed 97110 x 2.
"""),
("2019-11-21", "Nephrology Clinic Note", """
NEPHROLOGY / HOME DIALYSIS CLINIC

61M on CCPD, seen after dermatology biopsy of R low back lesion (11/14/2019).
Path: calcified media in subcutaneous arterioles plus thrombosis, panniculitis - c/w
calciphylaxis.

Hx per pt and PT letter: painful plaque R lumbar since 10/31/19. He had moist hot packs to the
lumbar region at PT twice a week starting 9/10/19, then a home heating pad laid over that same patch
on most nights in October. The lesion lies squarely in that heated field; I suspect it was
this repeated heating that set off his calciphylaxis at that spot.

Ca 9.9 (ULN), phos 7.1 (H), PTH 612 (H). Alb 3.2.
Exam: BP 148/86. Wt 105.5 kg, BMI 34.2. R low back plaque 6 x 5 cm, eschar unchanged.
Exit site clean.

Plan:
1. Calciphylaxis - STS 25g IV on Mon/Wed/Fri in the infusion suite; calcium acetate stopped,
   sevelamer instead; cinacalcet 30 mg daily.
2. No heat or cold devices on the skin, ever - discussed at length with pt and wife.
3. PD prescription: add a daytime dwell to improve clearance.
4. Diabetes: cont glargine/lispro, endocrine f/u.
5. PT may resume therex only, no modalities; letter sent.
"""),
]}

U03 = {"patient_id": "U03", "age": 66, "sex": "M", "notes": [
("2022-06-14", "Orthotic Delivery / PT Note", """
ORTHOTICS & PROSTHETICS - DEVICE DELIVERY, joint visit with PT
Pt: 66 yo male, L foot drop after R MCA stroke (Feb 2022).
Device: custom molded solid-ankle AFO, L, polypropylene, dispensed today 6/14/22.

Fit check: footplate to met heads, trimlines OK. Single velcro strap across the posterior
upper calf approx 3 cm below fibular head, padded. Heel seated well in shoe (extra depth).
Gait w/ AFO + hemi walker: 60 ft, CGA, toe clearance L improved, no more foot slap.
Skin check after 20 min wear: mild redness at calf strap line, blanches, resolved in 10 min.

PMH: HD-dependent ESRD (TTS schedule); diabetes type 2, NPH insulin twice daily; AFib -
warfarin; HTN.
Ht 172 cm. Weighed today at 88.4 kg -> BMI 29.9 per EMR.

Education: wearing schedule 1 hr on / 1 hr off x 3 days, then increase as tolerated;
check skin at strap and ankle bones each time off; call if any red spot lasts >30 min.
Wife present, verbalized understanding.
PT: cont outpt PT 2x/wk for gait w/ new AFO.
"""),
("2022-08-09", "Wound Care Clinic Note", """
Wound Clinic - Sunnyvale Ridge Outpatient Center
New pt. Referred by dialysis RN.

66 yo M on HD. Pt says a "purple blood blister" came up high on his L calf (rear) roughly 3 wks
ago; it has gone black and he rates it "worse than my stroke". Has worn his brace daily since
June, now all day. Denies fall. Pain 9/10, disturbs sleep.

Wound #1 L posterior upper calf:
 3.2 cm x 2.5 cm x unable to determine; 100% adherent black eschar; surrounding retiform
 purple mottling extending 3 cm; periwound indurated, exquisitely tender; no odor, scant
 serous drainage.
Pedal pulses: DP palpable bil. ABI not done (calcified vessels, on HD).
R leg: intact.

Impression: necrotic ulcer L calf in HD pt on warfarin - differential calciphylaxis vs
unstageable pressure injury. Eschar left intact, no debridement.

Plan: povidone-iodine to the eschar once a day, cover w/ dry gauze, no compression. Urgent message to
nephrology. Pt told to keep the AFO off until seen. RTC 1 wk.
"""),
("2022-08-18", "Nephrology Progress Note", """
Nephrology - HD unit rounding note  18-Aug-2022

S: painful L calf wound, seen at wound clinic 8/9. Pain meds help partly.

O: BP 162/80 pre-HD. Weight 88.5kg; BMI 29.9 (overweight). L posterior upper calf: black
eschar ~3.5 x 2.7 cm w/ broad rim of retiform purpura, very tender. No other lesions.
Ca 9.6 (high-nl), phos 6.8 (H), iPTH 890 (H), INR 2.6, alb 3.0.

A: Clinical diagnosis of calciphylaxis (exquisitely painful retiform purpura, necrotic center,
long-term HD, warfarin, high PTH). Biopsy deferred - poor healing site, dx is clear
clinically per derm phone consult.

P:
- STS 25g IV, runs in during the last hour of dialysis, Tu/Th/Sa.
- Stop warfarin; cardiology to switch to apixaban.
- Change calcium acetate -> sevelamer; start cinacalcet.
- Cont NPH for DM, glucose checks pre-HD.
- Wound care per wound clinic. PT to continue gait training w/o the AFO for now.
"""),
]}

U04 = {"patient_id": "U04", "age": 71, "sex": "F", "notes": [
("2023-03-20", "Outpatient PT Initial Evaluation", """
OUTPATIENT ORTHO PT - INITIAL EVAL   3/20/2023
Dx: status post R TKA (DOS 03/08/2023, Dr. Voskuijlen)

S: 71 yo F, pain 4/10 at rest, 7/10 w/ stairs. Staples removed POD 13. Uses RW in house,
SPC outside. Lives w/ husband, 12 steps to bedroom w/ rail.
PMH: mechanical AVR 2011, takes warfarin, HTN, OA, obesity. Kidney function normal
per pt (recent creatinine 0.8). No diabetes.

O: Body mass index: 30.0 kg/m2 (wt 80.5 kg, ht 163.8 cm).
Incision: anterior R knee, well approximated, no drainage, mild warmth/swelling expected.
R knee AROM 10-88 deg, PROM 7-94 deg. L knee 0-125.
MMT: R quad 3+/5 w/ 10 deg lag, hams 4-/5; hip abd 4/5 bil.
Gait: RW, antalgic, dec R knee flex in swing. TUG 19 s.
Edema: circumferential at joint line R 43.5 cm vs L 39 cm.

A: Expected post-op deficits; good potential. On warfarin - INR followed by coag clinic.
No modalities today; pt does not like cold and declines it.

P: 3x/wk x 6 wks. Ther ex (quad sets, heel slides, SAQ/LAQ, bike rocking), gait, stairs, HEP
issued. Goals: R knee 0-115, ambulate indep w/o AD community distances, TUG < 12 s.
97162, 97110 x 2.
"""),
("2023-06-01", "Outpatient PT Progress Note", """
PT Progress Note / Re-eval  06-01-23  visit 21

S: Pt doing well w/ knee motion but reports a very painful "dark patch" at the bottom end of
her R knee scar since mid-May. Hurts to touch, hurts under her slacks, keeps her up at night.
Did not recall bumping it.

O: R knee: along the distal ~3 cm of the healed vertical scar, firm purple-black plaque
2.5 x 2 cm, surrounding lacy violet discoloration to 2 cm; not warm, no drainage. Proximal
scar healthy.
R knee AROM 2-112 deg. Quad 4/5, no lag. TUG 10.8 s. Gait indep w/o AD.

A: Functional goals nearly met. Skin change at the distal incision is not a normal scar
reaction - needs medical eval before further kneeling/stair work on that knee.

P: Faxed note to PCP and surgeon, pt to call derm (has established derm). HEP progression,
hold kneeling. Plan 2 more wks then d/c.
Billed: 97164, 97110 x 1.
"""),
("2023-06-15", "Dermatology Clinic Note", """
Dermatology - Riverbend Skin Clinic

71F, mechanical AVR on warfarin, normal renal function (eGFR 79), seen 6/5 for painful plaque
at the inferior end of her R TKA scar, biopsy taken that day; here for results.

Path: subcutaneous small-vessel medial calcification w/ thrombi; septal + lobular panniculitis
with necrotic fat; calcium confirmed on von Kossa; vasculitis absent.

Dx: Non-uremic calciphylaxis, biopsy-proven, arising within the distal R knee surgical
incision from her 3/8/2023 knee replacement. Warfarin is known to predispose; the fresh
surgical wound likely localized it.

Exam: R distal incision plaque now 3cm x 2.5cm, small central ulceration, livedo around.
Weight 80.3 kg, BMI 30.0.

Plan:
- Discussed with cardiology: warfarin is required for a mechanical valve; will continue
  but aim INR at low end; vitamin K2 supplement per cardiology.
- IV sodium thiosulfate referral to infusion center.
- Gentle wound care: plain petrolatum, nonstick pad, avoid adhesives on the scar.
- RTC 3 wks.
"""),
]}

U05 = {"patient_id": "U05", "age": 58, "sex": "M", "notes": [
("2024-10-28", "Outpatient PT Re-evaluation", """
PT RE-EVAL   Oct 28 2024   Clinic: Fenwick Lane Rehab

Dx: generalized weakness after prolonged hospital stay (sepsis, Aug 2024).
PMH: ESRD w/ HD at Kestrel Dialysis (M/W/F); DM type 2 - linagliptin only (no insulin); HTN, PAD w/o ulcers.
Meds: no anticoagulants.

S: "Legs are stronger but I still need the chair for the store."
O: Wt 74 kg, BMI 24.1.
MMT: hip flex 4-/5 bil, knee ext 4/5 bil, ankle DF 4/5 bil.
Sit<>stand x5: 17.9 s with UE push.
Gait: RW 75 ft SBA, then needs seated rest; w/c for longer distances.
Berg 39/56 (fall risk).
Skin: BLE intact, mild dryness, no wounds.

A: Progressing, remains high fall risk. Limited endurance on HD days.

P: Cont 2x/wk x 6 more wks, avoid scheduling on HD days. Focus transfers, gait endurance,
balance. LTG: RW 300 ft mod I, Berg > 45.
97164 + 97116.
"""),
("2024-11-02", "Outpatient PT Daily Note", """
PT daily note 11/2/24

S: Pt arrived in w/c, reports fatigue 5/10, no pain.

O: During stand-pivot from w/c to mat pt's L foot slipped and his L anterior shin struck the
rim of the wheelchair footplate. Small skin tear approx 2 cm on the L mid-shin, minimal bleeding.
Cleaned w/ NS, covered w/ nonadherent pad and rolled gauze. Footplates removed for the rest
of the session. Supervisor (J. Okonkwo, PT) notified, incident report filed.
Ther ex: seated LAQ 2x12 w/ 2 lb, marching 2x15, standing heel raises 2x10 at bar.
Gait: RW 90 ft SBA x 2.

A: Pt tol tx fairly, one incident as above, no other injury.

P: Pt told to have dialysis RN check the skin tear Monday; watch for redness/drainage. Cont
POC, swing-away footplates to be flipped up before each transfer.
Minutes: 40 (ther ex 25, gait 15).
"""),
("2024-11-20", "Emergency Department Provider Note", """
ED PROVIDER NOTE - Haverstock Memorial

CC: L leg pain and wound

HPI: 58 yo man on hemodialysis presents w/ severe L lower leg pain, 10/10, and a black wound;
first noticed ~10 days ago (small painful purple dot), enlarging since. No fever, chills. Did HD
yesterday. Pt not sure if he hurt it.

ROS otherwise neg.
Exam: T 37.0, HR 92, BP 171/88.
L anterior lower leg, mid-shin: 3.5cm x 3cm ulcer w/ black adherent eschar, surrounded by
stellate/net-like violaceous mottling ~8 cm across, rim firm, extremely tender to light touch.
Minimal warmth, no streaking, no crepitus. R leg clear. Pedal pulses weak bilaterally.

Lab: lactate 1.4, WBC 9.8, Ca 9.8 (nl), phos 7.4 (H).

MDM: Ddx calciphylaxis (on HD) vs cellulitis vs arterial ulcer. Not septic.
Plan: admit to hospitalist service, dermatology to see in the morning, IV cefazolin for now pending eval, pain control
renally dosed, nephrology notified.
"""),
("2024-11-22", "Dermatology Inpatient Consult", """
DERMATOLOGY CONSULT NOTE

Asked to see for L shin ulcer. 58M, ESRD on HD, diabetic (not on insulin).

Exam: L anterior shin, 3.5cm x 3.2cm necrotic ulcer with eschar and retiform purpura around it;
new smaller purpuric patch 1 cm proximal. No other skin findings.

Bx 11/21 (two 4 mm punches from purpuric edge): dermal + subcut small vessels calcified and
thrombosed, surrounding fat necrotic. von Kossa highlights calcium.

Impression: left lower leg calciphylaxis, biopsy confirmed.

Recommendations:
- Stop cefazolin if no other indication.
- STS 25g at every HD; nephrology adjusting binders.
- Wound: no sharp debridement for now; xeroform + dry dressing daily.
- Elevate, no compression wraps.
Weight 72.5 kg this admission, BMI 23.6.
"""),
]}

U06 = {"patient_id": "U06", "age": 63, "sex": "F", "notes": [
("2018-01-09", "Physiatry Procedure Note", """
PM&R CLINIC - CHEMODENERVATION PROCEDURE NOTE   Jan 9, 2018

Indication: L elbow flexor spasticity after L hemiparesis (hemorrhagic stroke 2016),
MAS 3 at elbow, limiting hygiene and dressing. Failed stretching and splinting.
PMH: ESRD on hemodialysis (R arm AVF), HTN, prior GI bleed (warfarin for AF stopped in 2016,
now no anticoagulation), no diabetes. Wt 54.9 kg, BMI 22.0.

Consent obtained. Time-out done.
Procedure: onabotulinumtoxinA, 100 u/mL dilution, EMG guidance.
- L biceps brachii: 100 u split into 4 sites along the anterior L upper arm
- L brachialis: 50 u, 2 sites distal medial L upper arm
Total 150 u. Skin prepped w/ alcohol, 37 mm EMG needle. Minimal bleeding, pressure held.
Tolerated well.

Plan: OT 2x/wk x 6 wks starting next wk for stretching + serial ROM; continue L resting hand
splint at night. Recheck 12 wks.
"""),
("2018-02-20", "Outpatient OT Daily Note", """
OT Daily Note  02/20/18

S: Pt reports severe pain in front of her L upper arm "since Valentine's Day", can't stand the
sleeve touching it. Pt's daughter says the arm looks bruised and is getting darker.

O: L anterior mid upper arm: ~3 x 3 cm violet, firm plaque w/ central dusky gray area, lacy
purple margin, exquisitely TTP. No warmth. L hand/wrist skin intact under resting splint.
L elbow PROM ext to -35 deg (was -30), limited by pain not tone. MAS elbow 1+.
Tx: gentle AAROM shoulder in pain-free range, hand/wrist PROM, splint check. No stretching
over the elbow today. No modalities.

A: Tone improved after BTX but new painful skin lesion L upper arm limits elbow program;
appearance is not like a bruise, needs MD eval.

P: Called PM&R nurse; pt to see nephrology at HD Thursday. Hold elbow stretching.
Total 35 min (ther ex 20, orthotic mgmt 15).
"""),
("2018-03-02", "Nephrology Note", """
Nephrology (HD unit) note 3/2/2018

63 yo woman on HD 3x/wk, derm bx of L arm lesion 2/26/18: calcium in small subcut vessel
walls, thrombosed lumens - calciphylaxis.

The lesion sits exactly where PM&R injected botulinum toxin into the L biceps on 1/9/18;
onset 2/14 (about five weeks after). For a dialysis pt the needle injury at that site is
the most plausible trigger.

Exam: L anterior upper arm: necrotic plaque, 3.5cm long, 3cm wide, livedo around. Wt 54.3 kg, BMI 21.8.
Calcium 10.1, phosphorus 6.5, PTH 540.

Plan:
- STS 25g IV, given toward the end of each dialysis run.
- Stop calcium carbonate, start sevelamer. Cinacalcet 30 mg.
- Hold future botox in the L arm until healed; PM&R aware.
- Keep off warfarin (history only).
- Wound RN weekly.
"""),
]}

U07 = {"patient_id": "U07", "age": 69, "sex": "M", "notes": [
("2020-11-24", "Outpatient OT Initial Evaluation", """
Hand Therapy / OT Initial Evaluation  11-24-2020
Dx: bilateral hand stiffness - diabetic cheiroarthropathy + OA

S: 69 yo R-handed male, retired machinist. Can't make a full fist either hand, trouble w/ jar
lids, buttons. Pain 3/10. PMH: ESRD - CAPD, four exchanges daily; type 2 DM, glargine insulin;
HTN, CAD. No anticoagulant.

O: Wt 83 kg, BMI 26.8.
Prayer sign +. Composite flexion: R lacks 2.5 cm tip-to-palm, L lacks 3 cm.
Grip (Jamar pos 2): R 19 kg, L 16 kg. Pinch lateral R 5 kg, L 4 kg.
Sensation: dec light touch fingertips bil (monofilament 4.31).
Skin intact, fingertips pink, cap refill < 3 s.

A: Stiffness limiting ADLs; decreased sensation is a safety concern for any heat.

P: 1x/wk x 8 wks, HEP tendon glides, putty. Discussed paraffin: pt wants a home paraffin unit;
educated on checking temp, 5-7 dips, not reheating. Will start paraffin once he buys a unit.
97165, 97110.
"""),
("2021-01-19", "Outpatient OT Re-evaluation", """
OT RE-EVAL  Jan 19, 2021

S: Pt has done paraffin dips on both hands at home every morning since early December "and
it felt great at first". Since early January his R index fingertip and L long fingertip have
turned dark and are extremely painful, 8/10, "like they're being crushed". Stopped the
paraffin on his own 1/15.

O: R index finger distal pad: 1.2 cm dusky purple-black area with surrounding livedo to DIP.
L long finger distal pad: 0.8 cm black center w/ purple rim. Other fingers pink. Cap refill
sluggish in the two affected tips. Not blistered, no drainage.
Grip R 15 kg, L 13 kg (worse, pain-limited).

A: Digital lesions in a PD/diabetic pt using home paraffin - not a typical superficial burn.
HOLD all thermal modalities.

P: Same-day call to PD nurse and PCP; derm appt made for next wk. Pt to keep fingers
protected, no squeezing putty. HEP tendon glides gently only.
"""),
("2021-01-28", "Dermatology Consult", """
Dermatology consult  01/28/2021

69M on peritoneal dialysis, diabetic on insulin.
Painful necrosis of R 2nd and L 3rd fingertips since Jan 2021, after home paraffin hand baths
begun in Dec 2020.

Exam: R index tip 1.5 cm black necrosis, L long tip 1 cm eschar, both with retiform purpura
along the pads. Radial pulses present. Other digits and toes normal.
Bx from edge of L long finger lesion (1/22): vascular calcification with thrombi in the
small vessels, consistent with calciphylaxis.

Assessment: acral calciphylaxis of both hands, confined to the fingers he dipped in paraffin;
the repeated heat to those fingertips probably triggered it.

Plan: no paraffin or any heat; STS IV via nephrology; stop calcium binder; digital protection.
Vascular surgery to confirm inflow. BMI 26.4 (81.7 kg).
"""),
]}

PATIENTS = [U01, U02, U03, U04, U05, U06, U07]
