"""probe180 corpus notes, F01-F07 (apheresis and transfusion medicine and the clinics around them; all invented)."""

F01 = {"patient_id": "F01", "age": 71, "sex": "M", "notes": [
("2018-02-20", "Transfusion Medicine Consult", """
TRANSFUSION MEDICINE / BLOOD BANK CONSULT
Requesting: Dr. Aurelio Vance (Hem/Onc)     Reason: iron overload + alloimmunization

71 y/o M w/ MDS with ring sideroblasts (dx 2015), transfusion dependent since 2016,
2 u pRBC every 2-3 wks, roughly 85 units lifetime. ESRD on HD MWF at Larchmere
Dialysis (diabetic nephropathy). DM2 on linagliptin, no insulin. Warfarin: never. Other
anticoagulants: none, ever.

Blood bank hx: O POS. Antibody screen positive; anti-E and anti-Jka identified 2017.
Most recent DAT neg. No prior hemolytic or febrile reactions on file.
Ferritin 4,812 ng/mL, TSAT 91%. Cardiac T2* MRI ordered, not yet done.
Ht 175 cm / Wt 80.0 kg / BMI 26.1

Assessment & recs:
1. Continue E-neg, Jka-neg, leukoreduced red cells, full AHG crossmatch. Standing
   2-unit order renewed.
2. Transfusional iron overload. Deferasirox not advised given his renal status.
   Suggest deferoxamine as a SC infusion over 8-10 h by portable pump, 5 nights/wk,
   arranged around HD days. Hem/Onc to set up home infusion teaching; aim to start
   next month once insurance approves.
3. Ferritin every 3 months.
Thank you for involving us.  -- Mireille Oduya, MD, Transfusion Medicine
"""),
("2018-04-10", "Hematology Clinic Note", """
HEM/ONC F/U - MDS-RS, transfusion dependence, iron overload

Interval: got 2 u pRBC in the infusion suite today (Hgb 7.2 -> 9.1 post). Deferoxamine SC
was started in March by the home infusion RN: 2 g over 10 hrs via CADD pump, five
nights a week. Pt puts the 27G butterfly into his lower abdomen, swapping L and R sides,
and says the spots go "pink and itchy" for a day then settle. No fevers. Still on HD MWF,
has not missed runs. Appetite fair.

Vitals  148/82 | P 76 | 36.7C | sat 97% RA | Wt 79.1 kg | BMI 25.8
Exam: pale conjunctivae. Abd soft, NT; a few faint pink macules in the lower abdomen at
recent needle spots, no induration, no ulcer. No LE edema.
Labs: WBC 3.1 / ANC 1.6 / Plt 118; ferritin 4,390; Ca 9.4 mg/dL, phos 6.8 mg/dL (high),
intact PTH 612 pg/mL

A/P
- Continue deferoxamine; reminded to rotate needle spots nightly. Ferritin again June.
- Phos above target: message to renal re binder dose / cinacalcet.
- Antigen-negative units per blood bank standing order.
RTC 6 wks  -- A. Vance MD
"""),
("2018-06-06", "Hemodialysis Rounding Note", """
Larchmere Dialysis - rounding, station 14 (Mon-Wed-Fri, midday shift)

S: says the L lower belly has felt "scalded, all day long" since Memorial Day,
worse when the pump needle goes in. Stopped using the left side for the deferoxamine
4 days ago. Sleeping poorly. Afebrile at home.

O: BP 162/88 on arrival, 139/77 off. EDW 78.5 kg, UF 2.6 L, Kt/V last month 1.41.
LLQ, a few cm down and out from the navel: hard plaque ~6x4cm, lacy purple rim, black
eschar about 1.5cm in its middle. Winces at a fingertip touch. RLQ: only faint
pink needle dots.
Chem from Monday 6/4 - calcium 9.9 mg/dL, phos 7.1 mg/dL, iPTH 688 pg/mL, albumin 3.2

A/P: high suspicion for calciphylaxis. Asked derm to see and biopsy him this week.
Calcium acetate off, sevelamer (two 800s) at every meal instead; calcitriol on hold;
cinacalcet titrated to 60. Plan STS 25 grams in the final half hour to hour of every
treatment once derm has seen him.
Messaged Dr. Vance re deferoxamine route.
-- T. Abernethy, MD (Nephrology)
"""),
("2018-06-12", "Dermatology Consult", """
DERMATOLOGY OUTPATIENT CONSULT
CC: painful L abdominal wound
HPI: 71M, ESRD on HD, MDS with transfusional iron overload on SC deferoxamine since
March 2018. A burning patch of LLQ skin began 5/28/18 and darkened over about
a week. No trauma otherwise recalled.
Exam: LLQ retiform purpura, 7x5cm, stuck-on central eschar ~2cm, livedo fanning out
around it; its centre is the very area he favoured for the deferoxamine needle. R lower
quadrant: two small pink puncture marks, no purpura.
Thighs, buttocks, both legs: unremarkable.
Procedure: deep 6-mm punches x2 taken at the purpuric margin (LLQ), sent for routine
stains plus a calcium stain; sutured.
Impression: calciphylaxis of the LLQ, limited to where the deferoxamine was infused.

Addendum 6/15/18: pathology - mural calcium in subcutaneous arterioles, thickened
intima, necrotic fat, clot in several lumina; calcium stain lights up the vessel walls.
This confirms calciphylaxis. Its distribution fits a Koebner phenomenon at the SC
deferoxamine needle sites.
Asked heme to give deferoxamine IV during HD instead; no more SC needles in the abdomen.
-- Priya Calloway-Reyes, MD
"""),
]}

F02 = {"patient_id": "F02", "age": 58, "sex": "F", "notes": [
("2021-09-14", "Apheresis Procedure Note", """
THERAPEUTIC PLASMA EXCHANGE - PROCEDURE NOTE
Hollis Pavilion Apheresis Unit, bay 3          Device: Spectra Optia
Dx: CIDP on maintenance TPE q2wk (ASFA category I)      Tx #38 of series
Access: L forearm AVF, two 17G needles placed by HD-trained RN.
Background: ESRD on in-center HD TuThSa (IgA nephropathy); Tuesday run moved to after
TPE. No DM. Never on warfarin.

Pre: BP 134/78, HR 82, T 36.5, Wt 88.0 kg, BMI 31.8 (obese)
Exchange 1.0 PV (3,100 mL), replacement 5% albumin 100%, ACD-A 1:15 inlet ratio,
10% calcium gluconate drip per unit protocol. iCa pre 1.12 / mid 1.04.

~70 min in: pt c/o painful cramp in the R calf ("that leg always goes first"). No
perioral tingling, no chest sx. Calcium bolus per protocol, and an instant heat pack
was laid against her R calf (posterior) for 20 min - first time we have used one
for her. Cramp settled.
Post: BP 128/74. Needles pulled, 10 min pressure, hemostasis ok.
Next TPE 9/28.
RN K. Ostrowski / MD P. Lindqvist (Transfusion Medicine)
"""),
("2021-10-12", "Apheresis Procedure Note", """
TPE PROCEDURE NOTE - Hollis Pavilion Apheresis, bay 5
CIDP, maintenance plasma exchange, Tx #40.  ESRD/HD pt, AVF L forearm for access again
today, 17G x2, good flows.
Pre VS 131/80, 79, 36.6, RR 16.  INR n/a.
1.0 PV exchanged, 5% albumin replacement, ACD-A. iCa 1.10 -> 1.06.
Pt requested the heat pack for her R posterior calf at the start of the run, as she
has at every session since 9/14; applied ~25 min, skin of calf checked after removal:
pink, intact, no blistering. One brief cramp, resolved with the heat and a calcium
bolus. Grip strength per neuro log stable, walking w/o cane indoors.
Post VS 126/76. Tolerated well, discharged home with husband.
Plan: continue q2wk TPE; neuro f/u Nov.
-- K. Ostrowski RN / reviewed P. Lindqvist MD
"""),
("2021-11-09", "Wound Care Clinic Note", """
Outpatient wound service - initial visit
Referral from Dr. Saoirse Fennimore, nephrology
58 yo F on HD (ESRD, IgA nephropathy), CIDP on plasma exchange every other week.
HPI: wound on the R posterior calf; it appeared 10 days ago as a painful, hard, purple
spot and broke open last week. Rates it 9/10, a searing pain that wakes her. Derm punch
biopsy 11/4 (Dr. Walcott): mural calcium deposits, subcutaneous small vessels, clot in lumina -
calciphylaxis.
Meds: sevelamer, cinacalcet, epoetin w/ HD, gabapentin 100 mg post-HD.
Exam: BP 138/84. Ht 166 cm, BMI 31.6. R posterior calf, mid-belly: ulcer 3.2x2.6cm,
80% covered by adherent black eschar, firm purple rim, livedo tracking ~4cm distally.
No drainage, no odor. Pedal pulses palpable. L leg clear.
Plan: leave the eschar alone while it stays dry and stable - no sharp work; cadexomer
iodine, foam, light wrap w/o compression. Renal has begun IV thiosulfate (25 g per
dialysis session).
Pain to palliative.
F/u 1 wk.  -- Moira Haldane, NP, CWS
"""),
]}

F03 = {"patient_id": "F03", "age": 66, "sex": "M", "notes": [
("2022-07-26", "Photopheresis Consult", """
EXTRACORPOREAL PHOTOPHERESIS (ECP) - NEW CONSULT
Ref: Dr. Ines Carrow, cutaneous lymphoma clinic
66M, Sezary syndrome (stage IVA1) w/ erythroderma and pruritus, CD4:CD8 14. Planned ECP
plus bexarotene.
PMH: kidney failure (diabetic) - ESRD, home CCPD every night (cycler, 4 exchanges). DM2
- regular
insulin is added to his PD bags per the PD unit protocol; he takes no SC insulin. HTN.
No anticoagulants, no warfarin ever.
VS: 142/80, HR 70, afebrile. Body mass index 28.4 kg/m2.
Veins: good antecubitals. Single-needle ECP (Therakos Cellex, single-needle mode) through
a 17G in the R antecubital. Vitals every 15 min by automated cuff, which will go around
the L upper arm
through each run, since the R arm carries the needle.
Plan: first cycle (2 consecutive days) in August, then one cycle every 2 wks for 3
months, then reassess. Methoxsalen via the device; wraparound UV-protective glasses for 24 h
after each session. Consent signed, risks (hypotension, vasovagal, citrate sx) reviewed.
-- Bertrand Okafor-Lisle, MD, Apheresis Medicine
"""),
("2022-10-11", "Peritoneal Dialysis Clinic Note", """
PD CLINIC - monthly visit
66M, CCPD, Sezary syndrome on photopheresis since August (tolerating, itch a bit better).
New: painful hard area, outer aspect of his L upper arm, first noticed on 10/3, now "purple and
angry". No fever. Cycler logs ok, UF ~900 mL/night, no cloudy effluent.
Exam: BP 150/86, wt 84.2 kg. PD catheter exit: dry, not tender along the tunnel. L lateral
upper arm, mid-humerus: plaque 5x3cm, woody, violet, star-shaped dusky middle, livedo
around it, very TTP. R arm: healing venipuncture marks only.
Chem: calcium 9.8 mg/dL, phos 6.4 mg/dL, iPTH 540 (pg/mL), alb 3.3 g/dL; Kt/V (wkly) 1.8.
Impression: ?calciphylaxis. Urgent derm for deep punch biopsy, arranged for 10/14. Stop
calcitriol, switch calcium carbonate to lanthanum. Discussed with ECP team.
-- Dr. Lucia Fairbairn, Nephrology
"""),
("2022-10-20", "Photopheresis Treatment Note", """
ECP TREATMENT NOTE - cycle 6, day 1
Access R antecubital 17G, single needle, Cellex. Processed 1,500 mL whole blood,
treated volume returned, methoxsalen per device. VS stable, BP 138/80 -> 132/78.
Pt tolerated well.

Addendum (Apheresis MD): derm biopsy 10/14 read as calciphylaxis - medial
calcium in small arteries between fat lobules, thrombus, calcium stain positive. The
lesion on the L lateral upper arm
sits exactly under the bladder of the automated cuff we have wrapped there for every ECP
run since August (inflating q15 min for ~3.5 h, 2 days every other week). I think the
repeated cuff pressure is the likely trigger, i.e. calciphylaxis at a site of
pressure injury. Cuff moved to the R lower leg going forward; no cuff or tourniquet on
the L arm. Informed nephrology and Dr. Carrow.
-- B. Okafor-Lisle, MD
"""),
]}

F04 = {"patient_id": "F04", "age": 49, "sex": "F", "notes": [
("2020-01-06", "Transfusion Medicine Consult", """
TRANSFUSION MEDICINE - TPE CONSULT (inpatient, 7 East)
49F w/ ADPKD -> ESRD, does manual CAPD at home (four bags a day), hx immune TTP 2014, now
relapse: plt 14K, schistocytes 3/hpf, LDH 1,140, haptoglobin <10, ADAMTS13 activity <5%
with inhibitor 2.1 BU. PLASMIC score 6. Confusion this AM, resolved.
No DM, no warfarin. 63 kg / 161 cm -> BMI 24.3.
Access: tunneled 13.5 Fr apheresis catheter placed by IR today, R internal jugular,
tunneled to the R upper chest with the exit site just below the R clavicle; CXR tip at
the cavoatrial junction.
Plan: daily TPE 1.5 PV x 3 then 1.0 PV, replacement 100% plasma (FFP/thawed plasma),
ACD-A. Steroids + caplacizumab + rituximab per heme. Daily plt, LDH.
Citrate: monitor iCa, calcium gluconate prn.
Blood bank: type A POS, screen neg; plasma inventory ok.
-- Hanne Tjostolvsen, MD, Transfusion Medicine
"""),
("2020-01-17", "Apheresis Procedure Note", """
APHERESIS PROCEDURE NOTE - TPE #12 (7 East)
Immune TTP relapse. Plt today 164K (from 14K), LDH 268. ADAMTS13 pending.
Access: R chest tunneled pheresis catheter, both lumens flush easily, no occlusion.
Exit site below R clavicle: clean, dry, no erythema; CHG disc and transparent dressing
changed per protocol.
1.0 PV (2,450 mL) exchanged with plasma. ACD-A. iCa 1.09 -> 1.02, mild perioral tingling
relieved with 1 g calcium gluconate.
VS: 118/72, 84, 36.8. PD continued overnight by cycler per nephrology.
Plan: last daily TPE tomorrow if plt >150K x2 days, then taper. Catheter to stay until
ADAMTS13 recovers; IR to pull when heme agrees.
-- R. Ballantyne, RN / H. Tjostolvsen, MD
"""),
("2020-04-21", "Peritoneal Dialysis Clinic Note", """
PD CLINIC (in person; masks worn)
49F ADPKD/ESRD on CAPD. TTP in remission, ADAMTS13 74% in March; pheresis catheter came
out 2/3/20.
S: since around Easter she has had a burning spot on the R upper chest, too sore to
touch, right where the pheresis line used to come out. Says the middle "turned black
like a scab". Also itchy. Afebrile. CAPD uneventful, effluent clear, no peritonitis.
O: BP 144/90, wt 62.1 kg. PD exit site clean.
R infraclavicular chest, on the healed catheter exit scar and extending along the old
tunnel track: violet plaque ~3.5x2cm, black eschar ~1cm at its core, livedo around.
Labs: Ca/P 10.1/6.9, PTH 820 (up), albumin 3.0.
Assessment: I am worried about calciphylaxis at the old catheter site. Derm to biopsy, urgent
slot requested. Calcium carbonate discontinued; sevelamer started; cinacalcet added.
Discuss STS w/ PD.
-- Dr. Ottavio Reyes-Gunn
"""),
("2020-04-30", "Dermatology Consult", """
DERMATOLOGY CONSULT
Reason: R chest wall ulcer, r/o calciphylaxis
Hx as per nephrology. Tunneled apheresis catheter R IJ 1/6/20 to 2/3/20 for TTP; the
wound started at the healed exit site around Easter (4/12) and has crept along the scar.
Exam: R upper chest, infraclavicular: branching purpura 4x2.5cm, eschar in the middle,
tracing the line of the old tunnel. Abdomen, thighs, legs: nothing similar.
Seen first on 4/24 in the urgent slot: 2 incisional wedge biopsies taken at the edge,
R upper chest, closed with sutures. Path today: mural calcium in tiny dermal and
subcutaneous vessels, intraluminal clot, inflamed fat septa; calcium stain came up positive.
Dx: calciphylaxis, R upper chest, arising in the scar and tunnel tract of the apheresis
catheter (procedure site; Koebner-type localisation).
Plan: STS intraperitoneally per renal, wound care, pain control.
-- Dr. Imogen Strathairn, Dermatology
"""),
]}

F05 = {"patient_id": "F05", "age": 62, "sex": "F", "notes": [
("2017-06-19", "Transfusion Reaction Investigation", """
BLOOD BANK - SUSPECTED TRANSFUSION REACTION
Reported by: Kessington Dialysis Unit RN, 06/19/2017 10:52
Product: red cells, leukoreduced, A NEG, unit 1 of 2, issued 09:40
Pt: 62F, A NEG, screen neg. ESRD (dialysis Mon, Wed and Fri); DM type 2 using
glargine; atrial fibrillation on warfarin - INR this morning 2.6. BMI=36.2.
Event: ~40 min into the unit, given during HD, developed generalised hives and intense
itching of both thighs; scratched them until they bled. T 36.9 -> 37.0, no rigors,
no hypotension, no wheeze, SpO2 98%. Transfusion stopped, diphenhydramine 25 mg IV.
Lab workup: clerical check correct; post-sample ABO/Rh concordant; DAT negative; plasma
not hemolysed, bili 0.6; culture of bag not indicated.
Interpretation: allergic (urticarial) transfusion reaction, moderate, imputability
definite. Not hemolytic, not TRALI/TACO.
Recs: antihistamine premed; if repeated, plasma-reduced units. Unit 2 may be given.
Dialysis RN notes linear excoriations over both anterior thighs, cleaned with saline.
-- Dr. Fenella Kirkbride, Blood Bank Medical Director
"""),
("2017-07-18", "Hemodialysis Rounding Note", """
HD ROUNDS (Kessington)  MWF, R arm AVG
S: 62F, both upper legs "on fire" since early July. Points to the front of both thighs,
where the scratch marks from the June transfusion reaction were. Pain 8/10.
Glargine 28 u qHS into the abdomen, sugars 140-200. Warfarin for AF.
O: pre 158/70, post 131/66, UF 3.1 L. Wt 97.9 kg, BMI 36.0.
R anterior thigh: purple plaque 8x5cm, net-like edge, 2 small black eschars.
Front of L thigh: similar plaque 6x4cm, early central dusky necrosis. Both firm,
exquisitely tender. Old linear excoriation marks faintly visible within both plaques.
Labs: calcium 9.6 / phosphorus 7.4, iPTH 910, INR 2.8
Impression/plan: likely calciphylaxis. Derm will biopsy. Swap calcium acetate for
sevelamer, add cinacalcet; warfarin question to cardiology. After the biopsy,
thiosulfate 25 g at every run.
-- J. Pemberton-Idowu, MD
"""),
("2017-07-27", "Dermatology Consult", """
DERMATOLOGY CONSULT NOTE
62F; HD-dependent ESRD; insulin-requiring DM2; atrial fib with warfarin. Allergic
transfusion reaction on 6/19/17 with severe
pruritus; she excoriated both anterior thighs. Painful plaques on both thighs began early
July in exactly those places.
Exam: anterior thighs, both sides, retiform purpura (R 9x5cm, L 7x4cm), central
eschars, surrounding livedo racemosa. Abdomen has injection bruises only, no purpura.
Calves clear.
Path (punch bx R and L anterior thigh 7/21): calcium crusting the arteriolar walls,
fibrin plugs, dead fat lobules; calcium stain positive on both.
Impression: bilateral thigh calciphylaxis, proven on biopsy, localised to the sites she
scratched during the transfusion reaction (koebnerization).
Recs: recommend warfarin be changed to apixaban (cardiology agrees); STS; wound care
(calcium alginate, foam); avoid any further skin injury to thighs.
-- Dr. Anselm Groothuis
"""),
]}

F06 = {"patient_id": "F06", "age": 38, "sex": "F", "notes": [
("2019-03-07", "Blood Bank Consult", """
BLOOD BANK / TRANSFUSION MEDICINE CONSULT - Rh immune globulin
38F, O NEG, antibody screen negative. SLE with class IV nephritis -> ESRD, hemodialysis through
a R forearm fistula. Antiphospholipid syndrome: warfarin 2012-2016, changed to apixaban.
Admitted 6W w/ lupus flare + immune thrombocytopenia; plt 9K on admit with gum bleeding.
Got 1 apheresis platelet 3/6 at 22:10; only O POS platelets were in inventory (regional
shortage), so she is D-neg and now exposed to D-pos product.
She is of childbearing potential and wishes future pregnancy / transplant.
Rec: RhIG 300 mcg within 72 h of that platelet unit; one dose covers far more than the
red cells in an apheresis platelet. Product on shelf is RhoGAM (IM only). Plt this AM
64K after IVIG + second unit, so IM acceptable with 5 min pressure. Not into the R arm
(fistula); give into the gluteal muscle.
Also: future platelets D-neg when stock allows.
Wt 58.6 kg, BMI 22.7 kg/m2.
-- Dr. Tobias Wennergren, Transfusion Medicine
"""),
("2019-03-08", "Nursing Progress Note", """
NURSING NOTE 6W  03/08/2019  day shift
Pt A&Ox4, calm. VS 09:00: 122/76, HR 88, T 37.1, RR 16, SpO2 99% RA. No bleeding from
gums today, petechiae on shins fading.
Per blood bank recommendation and order: RhoGAM 300 mcg given IM at 09:40 into the
left gluteal region, upper outer quadrant (dorsogluteal site), 22G 1.5 inch needle, lot recorded
on MAR. Pressure held 5 min, site without hematoma at 10:30 and 14:00. Pt tolerated well.
R arm fistula: thrill/bruit present, no BP or sticks R arm.
Plt this AM 71K. HD done yesterday, next due tomorrow.
Prednisone 60 mg daily continued, hydroxychloroquine renally dosed.
Pt ambulating in hall w/ steady gait.
-- Amelia Schaefer-Nunn, RN
"""),
("2019-04-16", "Dermatology Clinic Note", """
DERMATOLOGY CLINIC
CC: sore on L buttock
38F ESRD on HD, SLE, APS (warfarin in the past, apixaban now), recent lupus flare with
ITP, on prednisone taper 20 mg.
HPI: about three weeks ago a sore lump came up on the L upper outer buttock; over days it
turned dusky, purple, finally black. Cannot sit on that side. Seen 4/9 by Dr. Lazaridis
who biopsied it.
Exam: L upper outer buttock - star-shaped necrotic plaque 4x3.5cm, black eschar,
purple branching rim; indurated. R buttock normal. No other lesions.
Path 4/9: calcified small subcuticular vessels, thrombosed, with ischemic
fat change (calcium stain +); vasculitis absent; not explained by APS vasculopathy alone.
Dx: calciphylaxis (proven on the biopsy).
Plan: thiosulfate at dialysis, calcium-containing binder stopped, wound RN, pain mgmt.
Weight 57.9 kg,
BMI 22.4.
-- Dr. Sunniva Lazaridis
"""),
]}

F07 = {"patient_id": "F07", "age": 57, "sex": "F", "notes": [
("2023-01-10", "Lipoprotein Apheresis Treatment Note", """
LIPOPROTEIN APHERESIS - TREATMENT NOTE (biweekly)
Dx: heterozygous FH + Lp(a) 186 nmol/L, progressive CAD w/ 3 PCIs despite max statin,
ezetimibe, PCSK9 mAb. Dextran sulfate adsorption (Liposorber), session #61.
Access: 17G L antecubital draw / 18G R forearm return.
Meds of note: warfarin for mechanical mitral valve (St. Jude valve; aiming for an INR
near 3; reads 3.1 today),
lisinopril stopped 2021 (ACE inhibitor contraindicated with DSA) -> losartan.
Type 2 diabetes - diet only, A1c 6.7%. Kidney function normal, eGFR 84.
VS: 136/82, 74, 36.4. Wt 112.4. BMI 41.2, severe (class 3) obesity.
Processed 3.6 L plasma. Pre LDL-C 168 -> post 41 mg/dL (75% reduction).
Mild lightheadedness at 2 h, resolved with 250 mL NS.
Next session 1/24.
-- Apheresis RN Paloma Ferreira-Wirth / Dr. C. Mbatha
"""),
("2023-05-02", "Lipid Clinic Note", """
LIPID CLINIC / APHERESIS F/U
57F HeFH + high Lp(a) on biweekly LDL apheresis, mech MVR on warfarin, obesity.
S: since mid-April, a painful purple area under the L breast along her bra line. She
bought new underwire bras in fall 2022 after gaining weight; the wire "cuts into me"
on the left, she says, and she has had one on every day since. Pain 7/10, stinging,
worse at night.
No fever, no trauma otherwise.
O: 130/80, 70. Wt 111.0 kg, BMI 40.8.
L inframammary fold, inferolateral: 6 x 2 cm linear band of livedo with a firm violaceous
central plaque and a 1 cm dusky necrotic spot, following the line of the wire. R breast
fold: red, slightly macerated, no plaque.
INR 3.4; creatinine 0.8.
A/P: concern for warfarin-associated calciphylaxis vs warfarin skin necrosis. Same-week
derm biopsy. Advised wire-free soft bra. Cardiology aware.
-- Dr. Chiamaka Mbatha
"""),
("2023-05-09", "Dermatology Consult", """
DERMATOLOGY - urgent consult
57F, normal renal function (eGFR 81, no dialysis), anticoagulated with warfarin
(mechanical MV), BMI 40.8, diet-controlled diabetes; LDL apheresis biweekly.
Lesion: L inframammary fold since mid-April 2023, painful, slowly enlarging.
Exam: retiform purpura in a 7x2.5cm band, eschar in the middle, along the L
inframammary crease, matching the pressure line of her underwire bra (bra brought in;
the wire sits exactly here). Abdomen, thighs and legs clear.
Biopsy 5/3 (deep incisional): calcified small arteries in the subcutis with clot and
necrotic fat; calcium stain +. Protein C activity within range.
Dx: non-uremic calciphylaxis (kidneys normal), L breast (inframammary fold), localised
to chronic
pressure from the underwire.
Plan: no underwire; IV STS; cardiology re anticoagulation (mechanical valve, so DOAC is
not an option; discussing LMWH bridge). Wound: hydrocolloid, no adhesive on the breast.
-- Dr. Ruairi Castellanos
"""),
]}

PATIENTS = [F01, F02, F03, F04, F05, F06, F07]
